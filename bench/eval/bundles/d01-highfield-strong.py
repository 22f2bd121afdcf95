# Development bundle d01: a strong Highfield written report. All people and firms are invented.
REPORT = "Showcase report - Chloe Barnett.docx"
WITNESS = "Appendices/Witness testimony - Ruth Okonjo.docx"
COMMENTS = "Appendices/Customer comments.txt"

BUNDLE = {
    "name": "d01-highfield-strong",
    "split": "dev",
    "profile": "highfield-report",
    "container": "zip",
    "apprentice": "Chloe Barnett",
    "author_note": (
        "Strong writer at a private chain of opticians. Highfield's 17 template sections as Heading 2 "
        "under the three tasks (Heading 1), Highfield codes such as (K2.1) in most section headings and "
        "in a few sentences. About 4,000 body words. Weak: M03-K4 (one generic line about being fined, "
        "not each law) and M15-B5 (an idea mentioned in passing, no reasons, not put to anyone). Missing: "
        "M03-K5 (no code of practice or ethical standard anywhere). The witness testimony in Appendices/ "
        "repeats evidence that is already in the report, so it changes no label."),
    "files": [
        {"path": REPORT, "kind": "docx", "title": "Apprentice showcase report",
         "created": "2026-04-20T18:02:00Z", "modified": "2026-05-27T21:41:00Z",
         "header": "Apprentice showcase - Chloe Barnett",
         "blocks": [
            ("title", "Customer Service Practitioner Apprentice Showcase"),
            ("p", "Name: Chloe Barnett"),
            ("p", "Employer: Fenwick & Dale Opticians, Kingsmere practice"),
            ("p", "Job role: Customer Service Advisor (front desk and telephone)"),
            ("p", "Date: May 2026"),

            ("h1", "Task 1 - Understanding your organisation and what it does"),
            ("h2", "The aims of the organisation (K2.1)"),
            ("p", "Fenwick & Dale is a family-owned chain of fourteen opticians across the East Midlands. We "
                  "are a private sector business, which means we are owned by shareholders (mostly the Dale "
                  "family) and we have to make a profit to stay open, pay staff and invest in new equipment. "
                  "Unlike the hospital eye clinic, which is public sector and paid for through taxes, or a "
                  "sight-loss charity, which is third sector and puts any surplus back into its cause, we "
                  "compete with the big high street chains for every customer."),
            ("p", "Our aims for this year, which the area manager shared at the January conference, are to "
                  "grow the number of patients who come back for their two-yearly eye test, to increase "
                  "sales of our own-brand contact lens plans, and to be the independent alternative to the "
                  "national chains by giving more time to each patient. In a crowded sector where customers "
                  "can buy glasses online in five minutes, our aim is to win on care and expertise rather "
                  "than on price alone."),

            ("h2", "The organisation's brand promise (K2.2)"),
            ("p", "Our brand promise is \"Take your time - we will.\" It is printed on our carrier bags and "
                  "at the bottom of every recall letter. What it means is that a patient at Fenwick & Dale "
                  "should never feel rushed through a test, a frame choice or a collection, and that we will "
                  "spend as long as it takes to get the glasses right. It is a promise about the experience "
                  "as well as the product: the customer should leave feeling listened to."),
            ("p", "For me at the front desk the promise is tested when the diary is full. On a Saturday I "
                  "may have four people waiting to collect glasses while the phone rings. Keeping the promise "
                  "means I still sit each person down for the fitting instead of handing the glasses over "
                  "the counter in a case."),

            ("h2", "The organisation's core values and service culture (K2.3)"),
            ("p", "We have three core values: Care, Honesty and Pride. They are on the staff room wall and on "
                  "our appraisal form, and every new starter spends their first morning with the practice "
                  "manager talking about what each one looks like in our practice."),
            ("p", "The values are what our service culture is built on. Because of Care, we phone every "
                  "patient over 70 the day after they collect new varifocals to check they are getting on "
                  "with them. Because of Honesty, staff are not paid commission, so nobody is pushed to sell "
                  "a more expensive lens than a patient needs, and we will tell a patient when their old "
                  "glasses are still fine. Pride is why we check every pair against the prescription twice "
                  "before it is handed over. Customers would describe our culture as unhurried and "
                  "trustworthy, and that comes straight from the values rather than from a script."),

            ("h2", "The policies and procedures that affect your customer service role (K2.4, K2.6)"),
            ("p", "The policies that affect my role most are the complaints procedure, the returns and "
                  "remakes policy, the data protection policy, the safeguarding policy and the cash handling "
                  "procedure. A policy sets out what the company has decided and why, and a procedure gives "
                  "me the steps to follow, so that every patient gets the same fair treatment whichever "
                  "practice they visit and whoever is on the desk."),
            ("p", "For example, the remakes policy exists so that a patient who cannot get used to new "
                  "lenses is not left out of pocket: we will remake lenses free of charge within 90 days if "
                  "the optometrist agrees there is a problem. The complaints procedure exists so that "
                  "complaints are answered quickly and recorded, and so the company can spot patterns."),
            ("p", "These policies change how I can serve customers, sometimes for the better and sometimes "
                  "not. The 90-day remakes promise means I can say yes on the spot to an unhappy varifocal "
                  "wearer instead of making them wait for head office, which turns a complaint into a "
                  "positive visit. On the other hand, the data protection policy means I cannot discuss a "
                  "grown-up patient's appointment with their relative, even when the relative is only "
                  "trying to help, and this can come across as unhelpful unless I explain it well. The cash "
                  "handling procedure makes refunds slower, because a refund over fifty pounds needs a "
                  "manager's code, so I warn customers about the short wait before I start."),

            ("h2", "The social media policy (K2.5)"),
            ("p", "Our digital media policy covers what staff can and cannot do online. Only the marketing "
                  "team in head office can post on the Fenwick & Dale Facebook and Instagram pages. We must "
                  "not take photos of patients or of anything showing patient details, even in the "
                  "background of a team photo. We must not say where we work on personal profiles in a way "
                  "that could be mistaken for the company speaking, and we must never argue with or reply to "
                  "a customer's review ourselves. If I see a negative review or comment about our practice, "
                  "I send a screenshot to the practice manager so that head office can reply within one "
                  "working day. Using personal phones on the shop floor is also not allowed except in an "
                  "emergency."),

            ("h2", "Features and benefits of products and services (K7.1)"),
            ("p", "A feature is a fact about the product, such as what it is made of or what it includes. A "
                  "benefit is what that feature does for the patient in their own life. Patients rarely buy "
                  "a feature; they buy the benefit. I try to turn every feature into a benefit by adding "
                  "\"which means that...\" when I explain it."),
            ("table", [
                ["Product or service", "Feature", "Benefit to the patient"],
                ["Blue-light filter coating", "Reflects part of the blue light from screens",
                 "Screens can feel more comfortable for people who work at a computer all day"],
                ["Monthly contact lens plan", "Lenses posted every three months, aftercare included",
                 "Patients never run out and spread the cost instead of paying in one go"],
                ["OCT scan", "3D scan of the back of the eye",
                 "Some eye conditions can be found earlier, often before the patient notices anything"],
            ]),
            ("p", "Knowing the difference matters at the desk because a patient asking \"is the scan worth "
                  "it?\" does not want to hear about 3D imaging; they want to know it could help catch a "
                  "problem early, especially if someone in their family has glaucoma."),

            ("h2", "How you maintain your knowledge or products and services (K7.2, K7.3)"),
            ("p", "I keep my product knowledge up to date in several ways. Every Tuesday morning the "
                  "practice has a 15-minute huddle where the dispensing optician goes through anything new, "
                  "such as a new frame range. I complete the supplier e-learning modules when a new lens "
                  "comes out and I read the monthly product bulletin from head office, keeping my own notes "
                  "in a small folder at the desk. When we started selling the daily disposable lens for "
                  "astigmatism, I asked our contact lens optician to show me a trial pair so I could explain "
                  "the fitting appointment properly."),
            ("p", "Keeping up to date is important because prices, offers and lens types change every few "
                  "months, and if I give out old information the patient may be charged differently from "
                  "what I told them, which damages their trust in us and leads to complaints. It also "
                  "matters for safety and for our reputation: if I book a patient into the wrong kind of "
                  "appointment because I have not kept up, the optometrist's time is wasted and the patient "
                  "has to come back. Customers expect us to be the experts, and when I answer confidently "
                  "and correctly they are much more likely to buy from us than from a website."),

            ("h1", "Task 2 - Customer service essentials"),
            ("h2", "Legislation and regulation (K3.1, K3.4)"),
            ("p", "Several laws affect the way we serve customers. The Equality Act 2010 means we must not "
                  "treat anyone less favourably because of a protected characteristic, and we must make "
                  "reasonable adjustments. In practice we have a ground-floor testing room for wheelchair "
                  "users, we offer longer appointments for patients with learning disabilities, and we keep "
                  "large-print copies of our price list at the desk."),
            ("p", "UK GDPR and the Data Protection Act 2018 control how we collect and keep patient records. "
                  "Because eye tests produce health information, we hold special category data and we must "
                  "have good reasons for everything we store. This is why we ask patients to confirm their "
                  "details rather than reading them out, and why recall letters only say \"your eye test is "
                  "due\" and nothing about their results."),
            ("p", "The Consumer Rights Act 2015 means that glasses must be as described and fit for "
                  "purpose, and that services must be carried out with reasonable care and skill. This is "
                  "the legal reason behind our remakes policy. Opticians are also regulated by law, which is "
                  "why only a registered optometrist can test eyes and why we must give every patient a copy "
                  "of their prescription straight after the test, even if they do not buy glasses from us."),
            ("p", "If we got any of this wrong, we could be fined and we would probably lose customers."),

            ("h2", "Technology and systems (K4.1, K4.2)"),
            ("p", "The main system I use is Optix, our practice management system. It holds patient records, "
                  "the appointment diary, orders and the recall list. I use it to book and move "
                  "appointments, check whether glasses have arrived back from the lab, and take payments. "
                  "When a patient phones asking \"are my glasses ready?\" I can search their name and see "
                  "the order status in seconds, which saves them a wasted journey."),
            ("p", "Other technology includes the automatic text reminder service, which sends an appointment "
                  "reminder two days before and has cut our missed appointments; the card terminal with "
                  "contactless; the phone system, which shows calls waiting; and the digital frame "
                  "try-on screen, which lets patients with strong prescriptions see themselves in a new frame "
                  "when they cannot see clearly without glasses. We also have a portable hearing loop for "
                  "patients who use hearing aids."),
            ("p", "To monitor service levels, the company uses several measures and tools. After every eye "
                  "test, Optix sends a two-question text survey and head office turns the answers into a Net "
                  "Promoter Score for each practice, which is on the staff room noticeboard each month. We "
                  "also track the number of remakes, the number of complaints, the percentage of patients "
                  "who rebook after a recall letter, and how long patients wait past their appointment time. "
                  "Twice a year an area manager carries out a practice audit, which includes a mystery "
                  "shopper phone call. When our Net Promoter Score dropped in October because of waiting "
                  "times, the practice manager changed the diary so that each testing room has a ten-minute "
                  "catch-up gap at midday."),

            ("h2", "Planning and prioritising tasks (S11.1, S11.2, S11.3)"),
            ("p", "Every morning I check the diary and the collections list and agree the day's deadlines "
                  "with Ruth, the practice manager. Typical deadlines are: the lab order cut-off at 2pm, so "
                  "that glasses arrive within a week; recall calls finished by Thursday; and the till "
                  "balanced by 5.45pm. I put patients in front of me first, then anything with a fixed "
                  "deadline such as the lab cut-off, then phone messages, and then routine jobs such as "
                  "filing and restocking the frame wall."),
            ("p", "I use a shared spreadsheet called the recall tracker to monitor my progress through the "
                  "weekly recall calls. Each patient is a row, and I colour it green when booked, amber when "
                  "I have left a message and red when I have tried three times. Ruth can see at a glance how "
                  "far through the list I am. For shorter jobs I keep a paper checklist on a clipboard and "
                  "tick each item off, and I set reminders in Outlook for call-backs I have promised at a "
                  "particular time."),
            ("p", "In March the lab's ordering portal went down for a whole morning, two days before our "
                  "busiest Saturday. I told Ruth straight away, and we agreed that I would stop the recall "
                  "calls, which could wait, and instead phone every patient whose glasses would now be late "
                  "to warn them and offer a new collection date. I kept a list of the orders on paper and "
                  "entered them all as soon as the portal came back at 1pm, still before the cut-off. I "
                  "caught up on the recall calls the following Monday."),

            ("h2", "Confidentiality (K3.2)"),
            ("p", "We hold a lot of personal information: names, addresses, dates of birth, phone numbers, "
                  "medical history, medication lists, prescriptions and scan images, and sometimes "
                  "information about a patient's driving or benefits. This has to be kept confidential "
                  "because it is about people's health and because it could be used to harm them if it got "
                  "into the wrong hands."),
            ("p", "My own responsibilities are to only look at a record when I need it for my work, to lock "
                  "my screen whenever I leave the desk, to keep paper forms out of sight and put them in the "
                  "confidential waste bin, and never to confirm on the phone that someone is a patient until "
                  "I have checked two pieces of information with the caller. If a relative asks about an "
                  "adult patient I explain politely that I need the patient's permission. If I ever "
                  "suspected that information had gone to the wrong person, I would report it to Ruth "
                  "immediately so that it could be dealt with under the data breach procedure."),

            ("h2", "Health and safety (K3.3)"),
            ("p", "Under the Health and Safety at Work etc. Act 1974 my employer has to provide a safe place "
                  "to work, safe equipment, proper training and supervision, and has to assess risks and act "
                  "on them. Fenwick & Dale does this through induction training, a yearly fire safety "
                  "session, a trained first aider on every shift and written risk assessments, for example "
                  "for the dark testing rooms and the glazing workshop."),
            ("p", "As an employee I have a duty to take reasonable care of my own safety and of anyone "
                  "affected by what I do, to co-operate with my employer on safety, to use equipment in the "
                  "way I have been trained and to report hazards. At the front desk that means keeping the "
                  "walkway clear of frame boxes, wiping up rain water at the entrance and putting out the "
                  "wet floor sign, and reporting anything broken. In February I noticed the handrail on the "
                  "stairs to the upstairs testing room was loose, reported it and put a sign up; it was "
                  "fixed the next day."),

            ("h1", "Task 3 - Customer service in action"),
            ("h2", "How to influence others (S10.1, S10.2, S10.3, S10.4)"),
            ("p", "In January a woman in her fifties came in to collect her husband's glasses and mentioned "
                  "that she had been putting up with headaches at her desk. Her own test was overdue. I "
                  "asked a few open questions: what kind of work she did, how long she spent on screens, and "
                  "whether her reading glasses helped. She explained she worked on two screens all day and "
                  "kept leaning forward to see."),
            ("p", "I offered her two options that fitted what she had told me: an eye test that afternoon, "
                  "as we had a cancellation, with a look at occupational lenses designed for screen "
                  "distance; or, if she preferred to wait, a booking on her day off the following week. "
                  "Both options suited the practice too, because the cancellation slot would otherwise have "
                  "been empty and she was a lapsed patient we wanted back."),
            ("p", "I explained in plain words how occupational lenses would help: \"They are set up for the "
                  "distance of your screens, which means you should not need to lean in, and they could help "
                  "with the headaches.\" I was careful not to promise a cure, and told her the optometrist "
                  "would check first whether her eyes were the cause."),
            ("p", "She objected that she had already spent a lot on her husband's glasses that month. I did "
                  "not push. I agreed it had been an expensive month and explained that the eye test itself "
                  "was covered by our care plan, which she still had, so the only decision today was the "
                  "test, not any glasses. She took the afternoon appointment and later ordered a pair of "
                  "occupational lenses."),
            ("p", "Not every conversation ends happily. In April a patient wanted his new glasses made up in "
                  "an old frame he had bought online. Our policy is that we do not glaze frames we did not "
                  "supply, because we cannot guarantee them and have had frames snap in the workshop. I could "
                  "not give him what he wanted, so I explained the reason honestly, showed him the frames in "
                  "our budget range that were closest in shape, and gave him a written copy of his "
                  "prescription so that he could take it elsewhere if he preferred. He was disappointed but "
                  "said he understood, and thanked me for not just saying no."),

            ("h2", "Dealing with customer conflict and challenge (S12.1 - S12.7)"),
            ("p", "The most difficult situation I have dealt with happened on a Saturday in November. A "
                  "man came in to collect varifocals for the second time; the first pair had been remade "
                  "because he could not read with them, and now the new pair had arrived scratched. He was "
                  "very angry, raised his voice in front of other customers and said we were \"a complete "
                  "shambles\"."),
            ("p", "I stayed calm and kept my voice quiet and even, and I did not take his anger personally. "
                  "I invited him to sit at the dispensing table away from the queue and let him say "
                  "everything he wanted to say without interrupting. When he had finished, I said I was "
                  "really sorry, that he had every right to be frustrated after two visits, and that I "
                  "wanted to understand what he needed the glasses for. He told me he was starting a new job "
                  "on the Monday that involved a lot of reading, and that was why it mattered so much."),
            ("p", "I then told him clearly what would happen next and what his choices were. I could send "
                  "the lenses back to the lab as an urgent remake, which would take three to four working "
                  "days; or, as a temporary measure, our dispensing optician could fit his old lenses into "
                  "the new frame that morning so he had something for Monday; or he could have a full "
                  "refund. He chose the urgent remake plus the temporary glasses."),
            ("p", "Everything I offered came from our remakes and complaints procedure: a remake within 90 "
                  "days needs the dispensing optician's agreement, which I got before offering it, and a "
                  "second complaint about the same order has to be logged and reported to the practice "
                  "manager. I logged it on the complaints log in Optix that day with what had happened, what "
                  "he had said, the options I gave him, his choice and the lab reference number, and I "
                  "added a note to his record so that anyone he spoke to would know the full story."),
            ("p", "I told him I would ring him as soon as the lab confirmed the order, and I did so on the "
                  "Tuesday. I rang again on the Thursday when the glasses arrived, checked them myself for "
                  "scratches before calling, and booked him a fitting at a time that suited his new job."),
            ("p", "I took ownership from start to finish rather than handing him over to the manager. I "
                  "chased the lab myself when they had not confirmed by Tuesday lunchtime, checked the "
                  "glasses personally, and did the final fitting with the dispensing optician so that he saw "
                  "the same face. He left a five-star review naming me, and he still comes to us. Looking "
                  "back, I learned that the most useful question was asking what he needed the glasses for, "
                  "because it showed me what would actually solve the problem."),

            ("h2", "How to develop yourself (B13.1, B13.2, B13.3)"),
            ("p", "At the start of my apprenticeship I completed a self-assessment with my skills coach, "
                  "Mark, rating myself from 1 to 5 against each part of my job description. My strengths "
                  "were face-to-face communication, patience with older patients and accuracy on the till. "
                  "My weaknesses were dealing with complaints on the phone, explaining lens options, and "
                  "using Optix for anything beyond booking appointments."),
            ("p", "From this, Mark, Ruth and I agreed a personal development plan with three goals:"),
            ("numbered", [
                "Shadow the dispensing optician for one hour a week and complete the supplier lens modules, "
                "so that by the end of March I can explain single vision, varifocal and occupational lenses "
                "without help.",
                "Handle five phone complaints on my own by the end of April, with Ruth listening to the "
                "first two.",
                "Learn the order and remakes screens in Optix and process ten orders without errors by the "
                "end of February.",
            ]),
            ("p", "We review the plan every eight weeks. At the February review the Optix goal was complete, "
                  "so we replaced it with a new goal of completing my first aid at work course by June. The "
                  "phone complaints goal was behind because there had been fewer complaints than expected, "
                  "so we changed it to include complaints by email as well and moved the date to the end of "
                  "May. Reviewing the plan showed me that shadowing works much better for me than e-learning "
                  "on its own, so I asked for an extra hour of shadowing in place of two modules, and Ruth "
                  "agreed."),

            ("h2", "Being open to feedback (B14.1, B14.2)"),
            ("p", "I ask for feedback in different ways. After a tricky conversation I ask whoever was "
                  "nearby how I came across. I have monthly one-to-ones with Ruth and reviews every eight "
                  "weeks with Mark, and I read every customer survey comment that mentions the front desk. "
                  "Twice a year the area manager's audit includes a mystery shopper call, and I always ask "
                  "to see the scoring sheet for my calls."),
            ("p", "In my December one-to-one Ruth told me that I was too quick to offer the most expensive "
                  "lens coatings on the phone, before I knew what the patient needed, and that one patient "
                  "had felt pressured. At first I was embarrassed, but I agreed with her. Since then I ask "
                  "two questions about how the patient uses their glasses before I mention any extras, and "
                  "I let the dispensing optician recommend coatings during the fitting. The next mystery "
                  "shopper report said the caller \"felt no pressure at all\", and our practice's coating "
                  "refunds went down."),

            ("h2", "Working in a team (B15.1, B15.2, B15.3, B15.4, B15.5)"),
            ("p", "Our practice team is eight people: two optometrists, a dispensing optician, a contact "
                  "lens optician, three customer service advisors and Ruth. I get on well with everyone and "
                  "I offer to help when someone is behind, for example covering the contact lens desk at "
                  "lunchtime so that our contact lens optician can take a proper break, and she does the "
                  "same for me on Saturdays. When I make a mistake I own up to it so that we can fix it "
                  "together."),
            ("p", "Passing information on quickly is a big part of my job. When a patient tells me something "
                  "at the desk that the optometrist needs, such as a new medication or a recent fall, I "
                  "write it on the patient's pre-test sheet and tell the optometrist before the patient goes "
                  "in, not after. When the lab portal failed in March, I messaged the whole team on our "
                  "group chat within ten minutes so that nobody promised collection dates we could not keep."),
            ("p", "I share what I learn. After my lens training I made a one-page sheet called \"Lenses in "
                  "plain English\" and went through it at the Tuesday huddle, and two of my colleagues now "
                  "keep a copy at the desk. I also showed our new Saturday assistant how to check an order "
                  "status in Optix."),
            ("p", "I have learned to change my approach to suit the person. One of our optometrists likes "
                  "short, written messages and does not want to be interrupted during a test, so I use the "
                  "notes box rather than knocking. Our new Saturday assistant is nervous on the phone, so I "
                  "let her listen to a few of my calls first and then sat beside her for her first ones. "
                  "With patients who are hard of hearing I face them, slow down and use the hearing loop, "
                  "and with anxious children I explain the test as a game."),
            ("p", "Once I said to one of the other advisors that the waiting area could be nicer, but I "
                  "have not done anything else about it yet."),
            ("p", "Working as part of this team is the best part of my job, and my apprenticeship has shown "
                  "me how much good customer service depends on everyone behind the desk as well as the "
                  "person in front of the customer."),

            ("pagebreak",),
            ("h1", "Appendix"),
            ("p", "The appendices are supporting evidence and are not part of the word count."),
            ("table", [
                ["Document", "What it shows"],
                ["Witness testimony - Ruth Okonjo.docx", "Statement from my practice manager"],
                ["Customer comments.txt", "Survey comments and a review naming me (patient names removed)"],
            ]),
        ]},
        {"path": WITNESS, "kind": "docx", "author": "Ruth Okonjo", "title": "Witness testimony",
         "created": "2026-05-22T12:30:00Z",
         "blocks": [
            ("title", "Witness testimony"),
            ("p", "Apprentice: Chloe Barnett. Witness: Ruth Okonjo, Practice Manager, Fenwick & Dale "
                  "Opticians, Kingsmere."),
            ("p", "I have managed Chloe since she joined us in June 2025. She plans her day well, agrees "
                  "deadlines with me each morning and keeps the recall tracker up to date so I can see her "
                  "progress. When the lab portal went down in March she reorganised her work without fuss "
                  "and warned every affected patient."),
            ("p", "Chloe is a reliable member of the team. She passes information to the clinicians before "
                  "appointments rather than after, and she produced a plain-English lens sheet that the "
                  "whole front desk now uses."),
            ("p", "I confirm that the work described in Chloe's report is her own."),
            ("p", "Signed: Ruth Okonjo, 22 May 2026"),
        ]},
        {"path": COMMENTS, "kind": "txt",
         "text": "Customer comments about Chloe Barnett (names removed)\n\n"
                 "Google review, 5 stars, November 2025: Second visit to collect my varifocals and they were "
                 "scratched. I was not happy. Chloe sorted it, kept me updated and rang me twice. Would go "
                 "back.\n\n"
                 "Survey comment, February 2026: The young lady on the desk explained the scan in words I "
                 "could understand.\n\n"
                 "Survey comment, April 2026: Very patient with my mum who is hard of hearing.\n"},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We are a private sector business, which means we are owned by shareholders"},
            {"file": REPORT, "phrase": "our aim is to win on care and expertise rather than on price alone"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "should never feel rushed through a test, a frame choice or a collection"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The values are what our service culture is built on."}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "A policy sets out what the company has decided and why"},
            {"file": REPORT, "phrase": "the remakes policy exists so that a patient who cannot get used to new lenses"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our digital media policy covers what staff can and cannot do online."}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "These policies change how I can serve customers, sometimes for the better"}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The Equality Act 2010 means we must not treat anyone less favourably"},
            {"file": REPORT, "phrase": "UK GDPR and the Data Protection Act 2018 control how we collect"},
            {"file": REPORT, "phrase": "This is the legal reason behind our remakes policy."}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My own responsibilities are to only look at a record when I need it"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "my employer has to provide a safe place to work, safe equipment"},
            {"file": REPORT, "phrase": "As an employee I have a duty to take reasonable care of my own safety"}]},
        "M03-K4": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "If we got any of this wrong, we could be fined"}]},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The main system I use is Optix, our practice management system."},
            {"file": REPORT, "phrase": "Other technology includes the automatic text reminder service"}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "To monitor service levels, the company uses several measures and tools."}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "A feature is a fact about the product, such as what it is made of"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I keep my product knowledge up to date in several ways."}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Keeping up to date is important because prices, offers and lens types change"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I offered her two options that fitted what she had told me"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained in plain words how occupational lenses would help"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "She objected that she had already spent a lot on her husband's glasses"}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I could not give him what he wanted, so I explained the reason honestly"}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "agree the day's deadlines with Ruth, the practice manager"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I use a shared spreadsheet called the recall tracker to monitor my progress"}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "In March the lab's ordering portal went down for a whole morning"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I stayed calm and kept my voice quiet and even"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "wanted to understand what he needed the glasses for"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I then told him clearly what would happen next and what his choices were."}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Everything I offered came from our remakes and complaints procedure"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I told him I would ring him as soon as the lab confirmed the order"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I logged it on the complaints log in Optix that day"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I took ownership from start to finish rather than handing him over"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I completed a self-assessment with my skills coach"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "agreed a personal development plan with three goals"}]},
        "M13-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We review the plan every eight weeks."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I ask for feedback in different ways."}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Since then I ask two questions about how the patient uses their glasses"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "covering the contact lens desk at lunchtime"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Passing information on quickly is a big part of my job."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I made a one-page sheet called \"Lenses in plain English\""}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I have learned to change my approach to suit the person."}]},
        "M15-B5": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "the waiting area could be nicer, but I have not done anything else about it yet"}]},
    },
}
