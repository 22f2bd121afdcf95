BUNDLE = {
    "name": "h04-activeiq-components-gp-surgery",
    "split": "heldout",
    "profile": "activeiq-components",
    "container": "zip",
    "author_note": (
        "Weaker apprentice, GP surgery reception. One file per Active IQ component: worksheet, "
        "induction pack, personal development plan, conflict case study, influencing case study, "
        "line-manager testimony (written by the practice manager). Short answers. Weak: sector and "
        "aims (generic sector definitions, no aims), brand promise (definition only), impact of "
        "policies, legislation (a list of Acts), code of practice, measures (one tool), maintaining "
        "and updating product knowledge, handling the objection, adjusting priorities, keeping the "
        "patient informed (a promise), ownership (a claim), sharing learning. Missing: impact of "
        "breaking the law, explanation where an outcome cannot be reached, PDP review, adapting "
        "behaviour, ideas for improvement."
    ),
    "files": [
        {"path": "1 Worksheet - Ellie Marsh.docx", "kind": "docx", "blocks": [
            ("h1", "Worksheet"),
            ("p", "Name: Ellie Marsh. Job role: Apprentice Receptionist. Employer: Riverside Lane Medical "
                  "Practice."),
            ("h2", "1. What is the difference between public, private and third sector organisations?"),
            ("p", "Public sector is owned by the government, like the NHS, schools and the council. Private "
                  "sector is businesses like shops and banks that want to make money. Third sector is "
                  "charities like Age UK. We are part of the NHS so we are in the public sector."),
            ("h2", "2. What is meant by 'brand promise'?"),
            ("p", "A brand promise is what a company says it will always do for its customers."),
            ("h2", "3. What is meant by an organisation's core values?"),
            ("p", "Core values are the things a company believes in and how it wants its staff to act."),
            ("h2", "4. What is meant by service culture?"),
            ("p", "Service culture is how the staff treat the patients and each other, and what it feels "
                  "like to come in to the surgery."),
            ("h2", "5. What is the purpose of an organisational policy?"),
            ("p", "A policy is a set of rules that tells staff what to do so that everyone does it the same "
                  "way, patients are treated fairly and the practice keeps to the law."),
            ("h2", "6. How do organisational policies and procedures impact the delivery of customer service?"),
            ("p", "Policies affect customer service because staff have to follow them."),
            ("h2", "7. What should be included in a complaints process/procedure?"),
            ("p", "It should say how a patient can complain (in person, in writing, by email or by phone), "
                  "who deals with it, how long it takes to get a reply, that the complaint will be "
                  "investigated and written down, and that if they are still not happy they can go to the "
                  "Parliamentary and Health Service Ombudsman. At our practice the practice manager deals "
                  "with complaints and patients get a letter within 3 working days to say it has been "
                  "received."),
            ("h2", "8. What is meant by digital media?"),
            ("p", "Digital media is anything on a screen or online, like websites, social media, apps, "
                  "emails, text messages and videos. Our practice has a website and a Facebook page, and "
                  "we send patients text messages to remind them about appointments."),
            ("h2", "9. How do a code of practice or ethical standards affect customer service?"),
            ("p", "A code of practice is a set of rules about how to behave at work. If staff follow it "
                  "patients get a better service."),
            ("h2", "10. What different types of measurement are used to monitor customer service levels?"),
            ("p", "We use the Friends and Family Test. After an appointment patients get a text asking how "
                  "likely they are to recommend the practice and they can leave a comment."),
            ("h2", "11. What different types of evaluation tool can be used to monitor customer service levels?"),
            ("p", "Same as question 10."),
            ("h2", "12. What is the difference between providing a product and providing a service?"),
            ("p", "A product is something you can pick up and take away, like a leaflet or a sample pot. "
                  "A service is something that is done for you, like an appointment with the nurse or "
                  "sorting out a repeat prescription. Most of what we do at the surgery is services."),
            ("h2", "13. Why is it important to update your knowledge of your organisation's products and/or services?"),
            ("p", "It is important so you know what you are talking about."),
            ("h2", "14. Describe how to obtain informal and formal feedback from others."),
            ("p", "Informal feedback is when someone tells you how you did at the time, for example Debbie "
                  "the senior receptionist telling me after a call, or a patient saying thank you at the "
                  "desk. Formal feedback is planned and written down, like my appraisal with the practice "
                  "manager and my reviews with my apprenticeship tutor. Other examples are a feedback "
                  "form and the comments patients leave on the Friends and Family Test."),
        ]},
        {"path": "2 Induction pack for new receptionists.docx", "kind": "docx", "blocks": [
            ("h1", "Welcome to Riverside Lane Medical Practice - Induction pack for new receptionists"),
            ("h2", "About us"),
            ("p", "Riverside Lane Medical Practice is a GP surgery in Ashby Vale. We have 4 GPs, 2 practice "
                  "nurses, a healthcare assistant, a pharmacist and 6 receptionists. We look after about "
                  "9,000 patients. We are open 8am to 6.30pm Monday to Friday."),
            ("h2", "Our values"),
            ("p", "Our values are Caring, Respect and Teamwork. They link to our service culture because "
                  "they are how we want patients to feel when they ring or come in. Caring means on "
                  "reception we try to find a way to help the patient, for example a call back from the "
                  "duty doctor or a pharmacist appointment, and not just say there are no appointments "
                  "left. Respect means we treat every patient the same and keep their business private. "
                  "Teamwork means reception, nurses and doctors all help each other so patients aren't "
                  "left waiting."),
            ("h2", "Policies you need to know"),
            ("bullets", [
                "Complaints policy - any complaint goes to the practice manager. Write down what the patient "
                "says and give them the complaints leaflet.",
                "Repeat prescriptions policy - requests take 2 working days to be ready. Patients can order "
                "online, by phone after 10am or by putting the slip in the box.",
                "Chaperone policy - patients can ask for a chaperone for any examination.",
                "Zero tolerance policy - patients who are violent or abusive to staff can be removed from "
                "the practice list.",
            ]),
            ("h2", "Social media rules"),
            ("p", "Only the practice manager can post on the practice Facebook page or reply to reviews on "
                  "the NHS website. Do not post anything about patients or work on your own social media, "
                  "even without names. Do not accept friend requests from patients. Do not take photos "
                  "inside the practice. If you see something about the practice online, tell the practice "
                  "manager and do not reply."),
            ("h2", "Laws"),
            ("p", "Laws we follow: Data Protection Act 2018 (GDPR), Equality Act 2010, Health and Safety at "
                  "Work Act 1974."),
            ("h2", "Confidentiality"),
            ("p", "Everything about a patient is confidential: their name, address, date of birth, phone "
                  "number, NHS number, their appointments, test results and anything about their health. "
                  "You must not even say if someone is a patient here. Your responsibilities are to check "
                  "the patient's name, date of birth and first line of their address before giving any "
                  "information, only give results to the patient unless they have given consent for "
                  "someone else, never talk about patients where you can be overheard, lock your screen "
                  "when you leave the desk and put paper with patient details in the shredding bin. "
                  "Confidentiality is important because patients tell us private things about their "
                  "health and they have a right to privacy. It also helps patients feel safe to tell the "
                  "doctor everything."),
            ("h2", "Health and safety"),
            ("p", "Under the Health and Safety at Work Act the practice (the employer) must keep the "
                  "building safe, do risk assessments, give you health and safety and fire training, "
                  "provide first aid and make sure equipment like your chair and screen is safe to use. "
                  "You (the employee) must look after your own safety and other people's, follow the "
                  "training, report anything unsafe to the practice manager, for example a spill in the "
                  "waiting room, and not misuse anything that is there for safety like fire doors."),
            ("h2", "Systems we use"),
            ("bullets", [
                "Phone system - tells patients their place in the queue and lets them choose a call back "
                "instead of waiting on hold, which is better for patients who can't wait at 8am.",
                "Clinical system - used to book appointments, see the patient's details and send tasks to "
                "the doctors. You will get your own login and training.",
                "Self check-in screen - patients tap their date of birth when they arrive so they don't "
                "have to queue at the desk.",
                "Online consultation form - patients can ask for help through our website at any time and "
                "we pass it to the right clinician the same day.",
                "Text messages - reminders the day before appointments, so fewer people forget.",
            ]),
            ("h2", "Our services"),
            ("p", "We offer GP and nurse appointments, blood tests, vaccinations, baby clinics, repeat "
                  "prescriptions and fit notes."),
            ("p", "Online repeat prescriptions. Feature: patients can order through the NHS App at any time "
                  "of day. Benefit: they don't have to ring at a busy time or come in, and they can choose "
                  "which pharmacy it goes to."),
            ("p", "Text reminders. Feature: a text the day before the appointment. Benefit: patients are "
                  "less likely to forget and lose their appointment."),
            ("p", "New staff need to keep up to date with what services we offer."),
        ]},
        {"path": "3 Personal development plan.docx", "kind": "docx", "blocks": [
            ("h1", "Personal development plan - Ellie Marsh"),
            ("h2", "Section 1: Self-assessment"),
            ("p", "I rated myself from 1 (not confident) to 5 (very confident) on the skills I use in my "
                  "job:"),
            ("bullets", [
                "Booking appointments - 4",
                "Answering the phone - 3",
                "Dealing with angry patients - 2",
                "Using the clinical system - 4",
                "Knowing what each clinician can help with - 2",
            ]),
            ("p", "My strongest skills are booking appointments and using the clinical system. My weakest "
                  "are dealing with angry patients and knowing which clinician a patient should see, for "
                  "example when a patient could see the pharmacist instead of a GP."),
            ("h2", "Section 2: SWOT"),
            ("bullets", [
                "Strengths: friendly, quick on the computer, reliable.",
                "Weaknesses: get nervous with angry patients, don't know enough about the clinicians' roles.",
                "Opportunities: care navigation training in the spring, sitting in with the pharmacist.",
                "Threats: very busy phones at 8am, which makes me rush.",
            ]),
            ("h2", "Section 3: Development plan"),
            ("bullets", [
                "Short-term goal: complete the online care navigation course by 31 March so I can send "
                "patients to the right clinician.",
                "Medium-term goal: sit in with the practice pharmacist for two sessions by the end of May "
                "so I understand what she can help with.",
                "Long-term goal: by the end of my apprenticeship in November, be able to deal with an "
                "angry patient on my own without needing Debbie to step in.",
            ]),
            ("h2", "Section 4: Feedback from others"),
            ("p", "I asked Debbie, the senior receptionist, to listen to my calls for a morning and give me "
                  "feedback on my plan. She said I sound rushed on the phone at 8am and patients can tell. "
                  "Alan, the practice manager, said I am good at the admin side but I need to be "
                  "more confident asking patients what the problem is so I can book them with the right "
                  "person."),
            ("p", "After Debbie's feedback I now take a breath before I answer and say the greeting slowly, "
                  "even when the queue is long. Two weeks later a patient told Debbie I was lovely on the "
                  "phone."),
        ]},
        {"path": "4 Case study - conflict and challenge.docx", "kind": "docx", "blocks": [
            ("h1", "Conflict and challenge case study"),
            ("h2", "What happened"),
            ("p", "A patient came to the desk very upset because she had gone to the pharmacy to collect her "
                  "inhaler and they said the surgery hadn't sent the prescription. She had ordered it four "
                  "days before. She was raising her voice and said we were useless and she had nearly run "
                  "out."),
            ("h2", "What I did"),
            ("p", "I stayed calm and didn't argue back. I let her finish, then I said sorry and that I could "
                  "see why she was worried because she needs her inhaler for her asthma. I asked her how "
                  "much she had left, so I knew how urgent it was. She said about two days."),
            ("p", "I checked the clinical system and saw the request was there but the GP hadn't signed it "
                  "yet. Our procedure says urgent requests go to the duty doctor on a task marked urgent, "
                  "so I did that. I asked her if she wanted to make a complaint and explained that the "
                  "practice manager would look into it and write to her, but she said no, she just wanted "
                  "the inhaler."),
            ("p", "I told her what would happen next: the duty doctor would sign it by 2pm, it would go to "
                  "her pharmacy electronically and it should be ready after 4pm. I told her that if she ran "
                  "out before then, the pharmacist can sometimes give an emergency supply. I said I would "
                  "ring her if there were any problems."),
            ("p", "I added a note to her record saying what had happened and that the request was with the "
                  "duty doctor, and I wrote it in the reception incident book because the practice manager "
                  "wants us to record when prescriptions go missing."),
            ("h2", "How I think it went"),
            ("p", "I think it went well. She calmed down and thanked me. I think I took ownership of the "
                  "problem. Next time I would check the prescription had actually gone to the pharmacy."),
        ]},
        {"path": "5 Case study - influencing skills.docx", "kind": "docx", "blocks": [
            ("h1", "Influencing skills case study"),
            ("h2", "What happened"),
            ("p", "A patient rang to order her repeat prescription over the phone, like she does every "
                  "month. She said it takes her ages to get through and she works shifts at the hospital, "
                  "so sometimes she has to ring on her break and gives up when the queue is long."),
            ("h2", "What I did"),
            ("p", "I asked her a few questions to find out what would work for her. She has a smartphone and "
                  "uses the same pharmacy every time. So I suggested she orders through the NHS App, which "
                  "she can do any time, even at night after a shift. This helps the practice too because "
                  "it keeps the phone lines free for people who need appointments."),
            ("p", "I explained that with the app she could order her medication in a couple of minutes, it "
                  "would go straight to her pharmacy, and the pharmacy would text her when it was ready, so "
                  "she wouldn't need to ring us or come in at all."),
            ("p", "She said she wasn't very good with apps. I said it was easy. In the end she agreed to try "
                  "it."),
            ("h2", "How I think it went"),
            ("p", "It went well because she ordered on the app the next month. I could have sent her the "
                  "link by text."),
        ]},
        {"path": "6 Line manager testimony.docx", "kind": "docx", "blocks": [
            ("h1", "Line manager testimony"),
            ("p", "Apprentice: Ellie Marsh. Line manager: Alan Pike, Practice Manager, Riverside Lane Medical "
                  "Practice. I have managed Ellie since she started in September last year."),
            ("h2", "Personal organisation"),
            ("p", "Every Monday I agree Ellie's admin tasks for the week with her and the deadline for each, "
                  "for example scanning hospital letters by Wednesday and sending out the smear test "
                  "reminder letters by Friday. Ellie plans her week so the admin is done after the morning "
                  "phone rush, and she always does the letters with a deadline first. She has met every "
                  "deadline we agreed this year."),
            ("p", "Ellie uses the task list on our clinical system to see which jobs are still outstanding "
                  "and ticks off the reception daily checklist as she goes. She also keeps a simple to-do "
                  "list on a notepad with the deadlines written next to each job, and she crosses them off "
                  "as she finishes."),
            ("p", "Ellie is getting better at coping when things change on the day."),
            ("h2", "Team working"),
            ("p", "Ellie works well with the team and is always positive. During the flu clinics in October "
                  "she offered to come in on a Saturday, greeted patients at the door and kept the queue "
                  "moving so the nurses could vaccinate over 400 patients in one morning."),
            ("p", "She passes messages on quickly and accurately. When a patient rang to say the hospital had "
                  "changed her medication, Ellie sent a task to our pharmacist within minutes with all the "
                  "details and the patient's phone number, so the repeat prescription could be updated "
                  "before the patient's next order."),
            ("p", "Ellie is always happy to help others in the team."),
            ("p", "Signed: Alan Pike, Practice Manager."),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "We are part of the NHS so we are in the public sector."},
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Riverside Lane Medical Practice is a GP surgery in Ashby Vale"}]},
        "M02-K2": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "A brand promise is what a company says it will always do for its customers."}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "They link to our service culture because they are how we want patients to feel"},
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "Core values are the things a company believes in"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "A policy is a set of rules that tells staff what to do"},
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "It should say how a patient can complain"},
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Repeat prescriptions policy - requests take 2 working days to be ready"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Only the practice manager can post on the practice Facebook page"},
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "Digital media is anything on a screen or online"}]},
        "M02-K6": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "Policies affect customer service because staff have to follow them."}]},
        "M03-K1": {"status": "weak", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Laws we follow: Data Protection Act 2018 (GDPR), Equality Act 2010"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Everything about a patient is confidential"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "the practice (the employer) must keep the building safe"}]},
        "M03-K4": {"status": "missing", "passages": []},
        "M03-K5": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "A code of practice is a set of rules about how to behave at work"}]},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "tells patients their place in the queue and lets them choose a call back"},
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "patients tap their date of birth when they arrive"}]},
        "M04-K2": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "We use the Friends and Family Test. After an appointment patients get a text"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "Feature: patients can order through the NHS App at any time of day"},
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "A product is something you can pick up and take away"}]},
        "M07-K2": {"status": "weak", "passages": [
            {"file": "2 Induction pack for new receptionists.docx",
             "phrase": "New staff need to keep up to date with what services we offer."}]},
        "M07-K3": {"status": "weak", "passages": [
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "It is important so you know what you are talking about."}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": "5 Case study - influencing skills.docx",
             "phrase": "I asked her a few questions to find out what would work for her"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": "5 Case study - influencing skills.docx",
             "phrase": "I explained that with the app she could order her medication in a couple of minutes"}]},
        "M10-S3": {"status": "weak", "passages": [
            {"file": "5 Case study - influencing skills.docx",
             "phrase": "She said she wasn't very good with apps. I said it was easy."}]},
        "M10-S4": {"status": "missing", "passages": []},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "Every Monday I agree Ellie's admin tasks for the week with her and the deadline for each"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "Ellie uses the task list on our clinical system to see which jobs are still outstanding"}]},
        "M11-S3": {"status": "weak", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "Ellie is getting better at coping when things change on the day."}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I stayed calm and didn't argue back. I let her finish"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I could see why she was worried because she needs her inhaler for her asthma"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I told her what would happen next: the duty doctor would sign it by 2pm"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "Our procedure says urgent requests go to the duty doctor on a task marked urgent"}]},
        "M12-S5": {"status": "weak", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I said I would ring her if there were any problems."}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I added a note to her record saying what had happened"}]},
        "M12-S7": {"status": "weak", "passages": [
            {"file": "4 Case study - conflict and challenge.docx",
             "phrase": "I think I took ownership of the problem."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": "3 Personal development plan.docx",
             "phrase": "I rated myself from 1 (not confident) to 5 (very confident)"},
            {"file": "3 Personal development plan.docx",
             "phrase": "My strongest skills are booking appointments and using the clinical system"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": "3 Personal development plan.docx",
             "phrase": "Short-term goal: complete the online care navigation course by 31 March"},
            {"file": "3 Personal development plan.docx",
             "phrase": "Medium-term goal: sit in with the practice pharmacist for two sessions"}]},
        "M13-B3": {"status": "missing", "passages": []},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": "3 Personal development plan.docx",
             "phrase": "I asked Debbie, the senior receptionist, to listen to my calls"},
            {"file": "1 Worksheet - Ellie Marsh.docx",
             "phrase": "Informal feedback is when someone tells you how you did at the time"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": "3 Personal development plan.docx",
             "phrase": "After Debbie's feedback I now take a breath before I answer"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "she offered to come in on a Saturday, greeted patients at the door"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "Ellie sent a task to our pharmacist within minutes with all the details"}]},
        "M15-B3": {"status": "weak", "passages": [
            {"file": "6 Line manager testimony.docx",
             "phrase": "Ellie is always happy to help others in the team."}]},
        "M15-B4": {"status": "missing", "passages": []},
        "M15-B5": {"status": "missing", "passages": []},
    },
}
