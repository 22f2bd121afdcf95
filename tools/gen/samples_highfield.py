"""Highfield-style written showcase report (sample bundle a).

Fictional apprentice Megan Hollis, customer service advisor at Ashdown Vale Leisure Centre,
run by the fictional charitable trust Kestrel Community Leisure.  The section names follow
Highfield's sample report format (3 tasks, 17 sections); the criteria codes (K2.1 ... B15.5)
are Highfield's numbering.  All prose is original.

Block syntax used below: a plain string is a paragraph; ("bullets", [...]) a bulleted list;
("table", rows) a table with a header row; "{fn:...}" inside a paragraph adds a footnote.
"""

import re

import ooxml as o

APPRENTICE = "Megan Hollis"
EMPLOYER = "Kestrel Community Leisure \u2013 Ashdown Vale Leisure Centre"
MANAGER = "Priti Naylor"

FRONT = [
    ("Name:", APPRENTICE),
    ("Date of Birth:", "14 June 2005"),
    ("Employer:", EMPLOYER),
    ("Job role:", "Customer Service Advisor (reception and contact team)"),
]

DECLARATION = ("Declaration: this report is my own work. I have not used AI tools to write it. Where the "
               "centre uses an automated tool in day-to-day work, I say so in the section where it appears.")

TASKS = [
    ("Task 1 - Understanding your organisation and what it does", [
        ("The aims of the organisation", [
            "Kestrel Community Leisure is a registered charity, which puts it in the third sector. We run "
            "Ashdown Vale Leisure Centre and two smaller pools under a ten-year contract with the district "
            "council, who still own the buildings. Because we are a charity, any surplus goes back into the "
            "facilities and into free or low-cost activity for people who would not otherwise take part.",
            "Our published aims are to get more local people active, to keep prices within reach of families "
            "on low incomes, and to run safe, clean and welcoming centres. The contract also sets targets for "
            "us, such as the number of children who can swim 25 metres by the end of primary school and the "
            "number of GP referrals we accept each year. At reception I see these aims every day, because most "
            "of the questions I answer are about getting someone started.",
        ]),
        ("The organisation's brand promise", [
            "Our brand promise is \u201cEveryone welcome, every visit.\u201d It is printed on the entrance "
            "doors, the staff lanyards and the bottom of every email we send. For me the promise means that a "
            "customer should get the same friendly, informed service whether it is their first visit or their "
            "five-hundredth, and whether they are a county swimmer or someone nervous about walking into a gym.",
            "The promise is tested most on busy Saturday mornings, when the swimming lessons, soft play and "
            "junior football all start within half an hour of each other. Keeping the queue moving while still "
            "greeting each person properly is how I keep the promise in practice.",
            "When I get it wrong, the promise also reminds me to put it right quickly, because a customer "
            "remembers how a mistake was handled long after they forget the mistake itself.",
        ]),
        ("The organisation's core values and service culture", [
            "Kestrel has four core values: Include, Encourage, Look after, and Improve. They are on the wall of "
            "the staff room and we are appraised against them twice a year.",
            "The values shape a service culture where we are expected to solve problems rather than pass them "
            "on. \u201cInclude\u201d is why we have a quiet swim session and why reception staff learn a few "
            "phrases in British Sign Language. \u201cEncourage\u201d is why we praise a child who has just "
            "moved up a swimming stage. \u201cLook after\u201d covers safety and safeguarding, and "
            "\u201cImprove\u201d is why every comment card is read and answered. New starters are told that "
            "the values are not a poster; they are the standard for every conversation at the desk.",
            "I think of the values as the reason behind our service culture: they explain why we do things, "
            "and the culture is what customers actually experience.",
        ]),
        ("The policies and procedures that affect your customer service role", [
            "Policies tell us what the organisation expects and why; procedures tell us the steps to follow. "
            "The ones I use most at reception are:",
            ("bullets", [
                "Customer comments and complaints procedure: three stages, with acknowledgement within two "
                "working days and a full reply within ten.",
                "Membership terms and refunds policy: covers cancellations, freezes and the 14-day cooling-off "
                "period for online sign-ups.",
                "Safeguarding children and adults at risk policy, including who our designated safeguarding "
                "lead is and how to record a concern.",
                "Cash handling and end-of-shift balancing procedure.",
                "Data protection and clear-desk policy.",
                "Lost property and found items procedure.",
            ]),
            "The purpose of these documents is consistency: a customer who complains on a Sunday evening should "
            "get the same answer as one who complains on a Tuesday morning. They also protect staff, because if "
            "I follow the procedure I can explain my decision with confidence. When a policy stops me giving a "
            "customer exactly what they want, I explain the reason behind it rather than just quoting the rule.",
        ]),
        ("The social media policy", [
            "Kestrel's digital media policy says that only the marketing team post on the official Facebook, "
            "Instagram and X accounts. Staff must not reply to customers from personal accounts, must not post "
            "photographs taken inside the centre (especially near the pool or changing areas), and must not "
            "discuss customers or colleagues online. If I see a complaint about the centre online, I screenshot "
            "it and pass it to the duty manager, who logs it and replies from the official account.",
        ]),
        ("Features and benefits of products and services", [
            "A feature is what a product or service includes; a benefit is what that feature does for the "
            "customer. At reception I try to lead with the benefit, because that is what the customer cares "
            "about. The table below shows three of our main products.",
            ("table", [
                ["Product", "Feature", "Benefit to the customer"],
                ["Active Plus membership", "Unlimited gym, swim and classes at all three sites",
                 "One monthly cost, so customers can try new activities without paying each time"],
                ["Splash swimming lessons", "Ten-week terms, small groups, progress badges",
                 "Children build water confidence safely and parents can see progress"],
                ["Active Referral scheme", "12 weeks of supervised exercise at a reduced price",
                 "People recovering from illness get support to exercise safely"],
            ]),
            "Knowing the difference helps me match the right option to each person. A retired customer who "
            "only wants to swim twice a week does not need to hear about unlimited classes; they need to hear "
            "that the Off-Peak membership saves them about eight pounds a month compared with paying on the door.",
        ]),
        ("How you maintain your knowledge or products and services", [
            "Prices, timetables and offers change several times a year, so I have to keep up to date. Each "
            "shift starts with a five-minute huddle where the duty manager shares anything new. I read the "
            "weekly staff bulletin, and I have joined two classes and a swimming lesson as an observer so that "
            "I can describe them honestly. When the new spin studio opened, I asked an instructor to show me "
            "the bikes so I could answer questions about the screens.",
            "Keeping my knowledge current matters because a wrong price or an out-of-date timetable damages "
            "trust quickly, and it often means a refund and an apology later.",
            "It also affects my colleagues. If I give out the wrong class time, the instructor has to deal with "
            "an unhappy customer at the studio door. I keep a small notebook of recent changes and check the "
            "app timetable myself at the start of each week.",
        ]),
    ]),
    ("Task 2 - Customer service essentials", [
        ("Legislation and regulation", [
            "Several laws shape the service we give at Ashdown Vale.",
            "The Equality Act 2010 means we must not discriminate against anyone because of a protected "
            "characteristic such as age, disability, race, religion, sex or sexual orientation. In practice "
            "this means reasonable adjustments: we have a hoist at the pool, a hearing loop at reception, and "
            "carers of disabled members get in free. When a customer asked whether her son, who is autistic, "
            "could come to a quieter session, I was able to book him into the Sunday sensory swim.",
            "UK GDPR and the Data Protection Act 2018 control how we collect, store and share personal data. "
            "We only ask for the information we need, we keep it in the booking system rather than on paper, "
            "and we do not confirm to a caller whether someone is a member.{fn:The Information Commissioner's "
            "Office publishes guidance for small organisations on the UK GDPR principles; I used it to prepare "
            "for my data protection refresher in January.}",
            "The Consumer Rights Act 2015 gives customers the right to services carried out with reasonable "
            "care and skill. If a class is cancelled, customers who paid for it are entitled to a refund or a "
            "replacement session, and our refunds policy is written to meet this.",
            "The Health and Safety at Work etc. Act 1974 and related regulations such as RIDDOR and COSHH "
            "apply strongly in a leisure centre, because we store pool chemicals and have thousands of visitors "
            "a week. I cover this further under health and safety.",
            "We also work to safeguarding legislation and the pool safety guidance used across the industry. "
            "If Kestrel failed to follow any of these, the consequences could include fines from the "
            "Information Commissioner, claims from customers, prosecution by the Health and Safety Executive, "
            "loss of the council contract and, just as damaging, loss of public trust.",
        ]),
        ("Technology and systems", [
            "The main system I use is the centre's booking and membership system, which staff call Hub. It "
            "holds customer records, memberships, direct debits, class bookings and lesson registers. At "
            "reception I use it to check people in, take payments, sell memberships and move bookings.",
            "Other equipment and technology includes:",
            ("bullets", [
                "the card terminal and till, which link to Hub so every sale is recorded against a customer;",
                "the entrance gates, which read membership cards and phone barcodes;",
                "the phone system, which queues calls and shows me how many callers are waiting;",
                "the customer app, where members book classes and receive cancellation alerts;",
                "the website chat assistant, an automated tool that answers timetable and price questions and "
                "passes the conversation to a member of staff when it cannot help.",
            ]),
            "To monitor service levels we use several measures. The phone system reports the average answer "
            "time and abandoned calls; our target is to answer 80% of calls within 30 seconds. After each visit "
            "booked online, customers receive a short survey that gives us a Net Promoter Score, which is "
            "reported monthly. Comment cards, complaint numbers and the results of two mystery visits a year "
            "complete the picture. The duty manager shares these figures at the monthly team meeting so we "
            "can see what is improving and what is not.",
            "When our answer time slipped to 65% during the January membership rush, the team agreed to put a "
            "second person on the phones between 5pm and 7pm. The next month we were back above target, which "
            "showed me how the measures lead to real changes on the desk.",
        ]),
        ("Planning and prioritising tasks", [
            "Reception is busy and unpredictable, so planning matters. At the start of each shift I read the "
            "handover notes on the team channel and the day sheet, which lists lessons, parties, hall bookings "
            "and any maintenance. I then write a short task list on the reception planner, marked with the "
            "deadlines agreed with the duty manager, for example \u201cparty registers printed by 10:00\u201d "
            "or \u201ccall back lesson waiting list by 15:00\u201d.",
            "I prioritise using a simple urgent and important grid that my assessor showed me. Customers in "
            "front of me and anything involving safety come first. Call-backs with a promised time come next, "
            "then administration such as filing direct debit forms. Quiet periods, usually early afternoon, "
            "are when I do the administration.",
            "To monitor progress I tick items off the planner and update the task tracker in Microsoft Planner "
            "that our supervisor set up for longer jobs, such as updating the lesson waiting list. At the end "
            "of the shift anything unfinished goes into the handover note with a clear owner.",
            "Plans change. One Saturday the sports hall floor was flooded by a leaking roof and twelve junior "
            "badminton bookings had to be moved. I agreed with the duty manager that I would stop the routine "
            "filing, phone every booker in order of start time, and offer the studio or a refund. All twelve "
            "were contacted before their session was due, and I finished the filing on my next shift.",
        ]),
        ("Confidentiality", [
            "Confidentiality is important because customers trust us with personal information, and some of "
            "it is sensitive. It includes names, addresses, dates of birth, bank details for direct debits, "
            "medical information on Active Referral forms and health questionnaires, photographs on membership "
            "cards, and information about children on lesson registers. We also hold safeguarding records and "
            "staff information, which are even more restricted.",
            "My responsibilities are set out in the data protection and clear-desk policy. I lock my screen "
            "when I step away from the desk, I never leave forms face up on the counter, and I shred paper "
            "forms once they are scanned. On the phone I check identity with two pieces of information before "
            "discussing an account. If someone asks whether a person is in the building, I do not confirm or "
            "deny it; I offer to pass on a message instead. This matters particularly for safeguarding, "
            "because a parent without custody might be trying to find a child.",
            "If I think data has been lost or sent to the wrong person, I must tell the duty manager straight "
            "away, because the organisation has 72 hours to decide whether to report a breach.",
            "I also need to be careful in conversation. Reception is an open space, so I never read out a "
            "customer's address or date of birth when I confirm details; I ask the customer to tell me "
            "instead, and I check it against the screen.",
        ]),
        ("Health and safety", [
            "Under the Health and Safety at Work etc. Act 1974 my employer must provide a safe place of work, "
            "safe equipment, training, information and supervision, and must carry out risk assessments. "
            "Kestrel does this through induction training, annual pool and fire safety training, COSHH data "
            "sheets for the plant room, and a first aider on every shift.",
            "As an employee I must take reasonable care of myself and others, co-operate with my employer, "
            "follow training and report hazards. At reception this means keeping the entrance clear of "
            "buggies, reporting wet floors, knowing the fire evacuation procedure and where the nearest "
            "defibrillator is, and logging any accident in the incident system before the end of my shift.{fn:Some "
            "injuries to members of the public must also be reported to the Health and Safety Executive under "
            "RIDDOR. The duty manager makes that decision, but it relies on the incident report I write.} "
            "Last autumn I reported a loose tile on the poolside steps; it was cordoned off the same morning "
            "and repaired within two days.",
            "Because many of our customers are children, older people or people with health conditions, "
            "health and safety is closely linked to good customer service. Before a party I check that the "
            "hall has been cleared and that the organiser knows the fire exits. When the fire alarm is tested "
            "on Tuesday mornings, I warn customers at the desk so that nobody is alarmed. During a real "
            "evacuation last summer my role was to take the visitor sign-in sheet and the class registers "
            "to the assembly point so that the duty manager could check that everyone was out. It took just "
            "under four minutes, and afterwards we talked as a team about how to speed up the poolside exit.",
        ]),
    ]),
    ("Task 3 - Customer service in action", [
        ("How to influence others", [
            "Influencing at reception is not about pushing a sale. It is about finding out what the customer "
            "needs and offering an option that works for them and for the centre.",
            "In February a man in his sixties came to the desk to cancel his gym membership. I asked open "
            "questions to understand why: \u201cWhat made you decide to cancel?\u201d and \u201cWhat were "
            "you hoping to get from the gym when you joined?\u201d He explained that he had joined after a "
            "knee operation, found the gym intimidating and had stopped going, so he felt he was wasting "
            "money. I listened without interrupting and summarised what I had heard to check I had understood.",
            "I then offered two options. The first was to move to the Off-Peak swim membership, which costs "
            "less and suits his knee, because swimming and aqua classes put little strain on the joints. The "
            "second was a free one-to-one gym session with an instructor who could build a low-impact "
            "programme. I explained each option in terms of what it would do for him, not just what it "
            "included.",
            "He objected that he \u201cwasn't a swimmer\u201d. Rather than arguing, I acknowledged the concern "
            "and told him about the adult improver sessions, where the lane is shallow and a teacher is on "
            "poolside. He decided to switch to Off-Peak and book the one-to-one. The centre kept a member, and "
            "he saved money each month.",
            "Not every conversation ends with both sides happy. In April a customer asked to freeze her "
            "membership for two months while on holiday. Our policy allows freezes only for medical reasons "
            "or pregnancy, and she could not meet either. I could not give her the outcome she wanted, so I "
            "explained why the policy exists: freezes are limited because prices are kept low by members "
            "paying steadily through the year. I then told her what I could do, which was to downgrade her "
            "to our cheapest option for the two months and upgrade again on her return, without a joining "
            "fee. She was disappointed but said the explanation was fair, and she took the downgrade.",
            "What I have learned is that customers accept a \u201cno\u201d far better when they understand "
            "the reason and are offered a realistic alternative.",
            "I also try to think about the organisation's needs. Recommending the cheaper membership reduced "
            "our income from that customer slightly, but keeping him as a member was worth more than losing "
            "him altogether, and he has since joined an aqua class.",
        ]),
        ("Dealing with customer conflict and challenge", [
            "The most challenging situation I have dealt with was on a Wednesday evening in January. The main "
            "pool was closed at short notice because of a fault with the chlorine dosing pump. A customer "
            "arrived with two children for the family swim, having driven twenty minutes. She had not seen "
            "the app notification and was angry, saying loudly that it was the second time this had happened.",
            "I stayed calm and kept my voice low and steady. I moved to the end of the desk so that we could "
            "talk without the whole queue listening, and I let her finish before speaking. I said I was sorry "
            "that she had had a wasted journey and that I understood how frustrating it was with two "
            "disappointed children. I asked when the previous closure had happened so that I could check the "
            "record, and I found it on Hub: a lifeguard shortage in December.",
            "I explained clearly what had happened and what her options were. Under our service recovery "
            "procedure I could refund the session or rebook it, and because this was a repeat problem I asked "
            "the duty manager, who agreed I could add two free family swim passes. I also offered the "
            "children a free session in the soft play, which was open, so the evening was not wasted. She "
            "chose the refund, the passes and the soft play.",
            "I logged the complaint on the complaints log with the date, what was said, the options offered "
            "and the outcome. I also noted that she had not received the app alert and asked our systems "
            "lead to check her notification settings; it turned out she had an old phone number on her "
            "record, which I updated with her permission.",
            "The next day I phoned her, as promised, to confirm that the pool had reopened and that her "
            "contact details were now correct. She thanked me and later wrote on a comment card that the "
            "way I dealt with her had \u201cturned a rubbish evening round\u201d (see Appendix).",
            "I took ownership from start to finish rather than handing her to a manager. On reflection, I "
            "could have noticed the notification problem sooner by asking how she usually hears about "
            "changes. I now ask that question whenever a customer says they were not told about a closure.",
        ]),
        ("How to develop yourself", [
            "Three months into my apprenticeship I completed a self-assessment with my skills coach, using "
            "a checklist of customer service skills rated as very confident, quite confident or not confident. "
            "My strengths were face-to-face communication, working with children and families, and using Hub "
            "for everyday bookings. My weaknesses were handling complaints on the phone, where I cannot see "
            "the customer's reactions, processing refunds and direct debit changes, and speaking up in team "
            "meetings.",
            "From this I wrote a personal development plan with three SMART goals:",
            ("bullets", [
                "Handle ten phone complaints on my own, using the complaints procedure, with my supervisor "
                "listening to at least three, by the end of month six.",
                "Complete the refunds and direct debit training module on Hub and process twenty changes "
                "without errors by the end of month five.",
                "Present one idea or piece of learning at a monthly team meeting by the end of month eight.",
            ]),
            "I reviewed the plan every six weeks in my reviews with my line manager and skills coach. I met "
            "the refunds goal early, so at the month-five review I replaced it with a new goal: completing "
            "the Emergency First Aid at Work course, which I passed in June. The phone complaints goal took "
            "longer than planned because there were fewer phone complaints than expected, so we agreed to "
            "extend it by four weeks and to include complaints made by email.",
            "Looking back, the plan worked best when the goals were specific and had a number attached. "
            "The team-meeting goal was harder because I was nervous, so I broke it down: first I shared a "
            "single tip in the shift huddle, then I prepared a short talk on the quiet swim session. The "
            "updated plan now includes a longer-term goal of training as a duty manager assistant within "
            "eighteen months of finishing my apprenticeship.",
            "Reviewing the plan also showed me which methods of learning suit me. I learn best by doing a "
            "task with someone beside me and then repeating it on my own, so I now ask to shadow a colleague "
            "before trying anything new, such as cashing up the café till. Reading a procedure on its own "
            "does not stick in the same way. My skills coach suggested I keep a short learning log after "
            "each shift, and although I found it tedious at first, it has helped me to see patterns, for "
            "example that most of my mistakes happen at the very end of a busy shift when I am tired.",
        ]),
        ("Being open to feedback", [
            "I look for feedback in both informal and formal ways. Informally, I ask colleagues at the end "
            "of a busy session what I could have done better, and I read every comment card that mentions "
            "reception. Formally, I have monthly one-to-ones with my line manager, six-weekly reviews with my "
            "skills coach, two mystery visits a year, and call listening, where my supervisor listens to "
            "recorded calls and scores them against a checklist.",
            "In my first call listening session, my supervisor said that I gave accurate information but "
            "ended calls abruptly, without checking that the customer had everything they needed. At first "
            "I felt a little defensive, because I thought I was being efficient. After listening to the "
            "recording myself, I agreed with her. I changed the way I close calls: I now summarise what we "
            "have agreed, ask \u201cIs there anything else I can help with today?\u201d and give my name. "
            "In the next session my score for call closing went from 2 out of 5 to 5 out of 5.",
            "A mystery visit in the spring scored our reception 88%, with a comment that the visitor had not "
            "been told about the café offer. I now mention the offer to new visitors when I hand over their "
            "wristband.",
            "Feedback from customers also helps. A parent told me that the lesson waiting list was confusing, "
            "because she did not know where her child was on it. I passed this to my supervisor and we now "
            "give parents their position on the list when they call.",
            "I have learned that feedback is most useful when I ask for it about something specific, for "
            "example \u201cHow did I handle that refund?\u201d rather than \u201cHow am I doing?\u201d.",
            "Not all feedback is easy to hear. In one review my line manager said that I sometimes took on "
            "too much myself instead of asking for help when the queue built up. I had seen this as being "
            "helpful, but she explained that customers waited longer as a result. I now call for a second "
            "person when there are more than four people in the queue, and I have stopped seeing it as a "
            "failure. I record feedback and what I did about it in my learning log, so that I can see how "
            "my skills have moved on over the year.",
        ]),
        ("Working in a team", [
            "The reception team is six people across early, late and weekend shifts, and we work closely with "
            "the lifeguards, the fitness instructors, the café and the duty managers. Good teamwork is what "
            "lets customers get a joined-up answer, whoever they ask.",
            "I communicate with the team through the shift huddle, the handover notes and the team channel. "
            "When I take a message that affects another department, such as a party booking with a food "
            "allergy, I pass it on in writing the same day and check that it has been read. During the pool "
            "closure in January I radioed the lifeguard team and the café as soon as the duty manager "
            "confirmed it, so that everyone gave customers the same information.",
            "I adapt how I communicate to the person. One of our newer colleagues is quite anxious about the "
            "till, so when I show her something I go through it step by step and let her do it herself. With "
            "the duty managers I keep updates short and factual. I also changed my approach with a colleague "
            "who prefers written instructions, sending him a summary after we talk rather than relying on "
            "memory.",
            "Co-operation also means helping outside my own job description. On the busiest swimming lesson "
            "evenings I help the lesson co-ordinator hand out badges and certificates so that parents are not "
            "kept waiting at the desk, and in return she covers reception while I take my break.",
            "I share what I learn. After my first aid course I ran a short session at the team meeting on "
            "what to do while waiting for the first aider. I also presented an idea to the duty manager: a "
            "one-page \u201cquick answers\u201d sheet at reception with current prices, timetable changes and "
            "the week's closures, updated each Monday. I explained that new starters and relief staff were "
            "giving inconsistent answers and that the sheet would cut call-backs. She agreed to trial it for "
            "a month; call-backs for price questions fell, and the sheet is now part of the Monday routine.",
            "Being part of a team that supports each other makes the job easier and makes the service "
            "better for customers.",
        ]),
    ]),
]

APPENDIX_INTRO = ("The annexes below are supporting evidence and are not part of the word count. The "
                  "documents referred to are in the Appendices folder that accompanies this report.")

KSB_MAP = [
    ["Criterion", "Where it is evidenced"],
    ["K2.1, K2.2, K2.3", "Task 1: aims, brand promise, core values and service culture"],
    ["K2.4, K2.5, K2.6", "Task 1: policies and procedures; social media policy"],
    ["K7.1, K7.2, K7.3", "Task 1: features and benefits; maintaining knowledge"],
    ["K3.1, K3.4, K3.5", "Task 2: legislation and regulation"],
    ["K3.2", "Task 2: confidentiality"],
    ["K3.3", "Task 2: health and safety"],
    ["K4.1, K4.2", "Task 2: technology and systems"],
    ["S11.1, S11.2, S11.3", "Task 2: planning and prioritising tasks; witness testimony"],
    ["S10.1, S10.2, S10.3, S10.4", "Task 3: how to influence others"],
    ["S12.1 to S12.7", "Task 3: customer conflict and challenge; customer feedback pages 1\u20132"],
    ["B13.1, B13.2, B13.3", "Task 3: how to develop yourself"],
    ["B14.1, B14.2", "Task 3: being open to feedback"],
    ["B15.1 to B15.5", "Task 3: working in a team; witness testimony"],
]

EVIDENCE = [
    ["Appendix file", "What it shows"],
    ["Customer feedback.pdf", "Comment cards and survey comments about my service (names removed)"],
    ["Witness testimony - Priti Naylor.docx", "Statement from my line manager"],
    ["Thank-you card.png", "Photograph of a card left at reception by a swimming lesson parent"],
    ["Recorded call (extract).wav", "Short extract of a recorded call used in call listening"],
]


def _para_with_footnotes(doc, text):
    parts = re.split(r"\{fn:(.*?)\}", text)
    content = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                content.append(part)
        else:
            content.append(doc.footnote(part))
    return content


def _add_blocks(doc, blocks):
    for block in blocks:
        if isinstance(block, tuple) and block[0] == "bullets":
            doc.list(block[1])
        elif isinstance(block, tuple) and block[0] == "table":
            doc.table(block[1], widths=[2300, 3200, 3526] if len(block[1][0]) == 3 else None)
        else:
            doc.p(_para_with_footnotes(doc, block))


def report_docx():
    doc = o.Docx(title="Customer Service Practitioner Apprentice Showcase", author=APPRENTICE)
    doc.set_header("Apprentice showcase report \u2013 " + APPRENTICE)
    doc.set_footer([APPRENTICE + "\tST0072 Customer Service Practitioner\tPage ",
                    o.complex_field(" PAGE ", "1")])
    doc.title_para("Customer Service Practitioner Apprentice Showcase")
    for label, value in FRONT:
        doc.p([o.run(label + " ", bold=True), value], spacing_after=60)
    doc.p(o.run(DECLARATION, italic=True))
    for task, sections in TASKS:
        doc.heading(task, 1)
        for name, blocks in sections:
            doc.heading(name, 2)
            _add_blocks(doc, blocks)
    body_words = doc.body_words()
    doc.page_break()
    doc.heading("Appendix", 1)
    doc.p(APPENDIX_INTRO)
    doc.heading("Annex A: mapping to the assessment criteria", 2)
    doc.table(KSB_MAP, widths=[2800, 6226])
    doc.heading("Annex B: supporting evidence", 2)
    doc.table(EVIDENCE, widths=[3400, 5626])
    return doc, body_words


FEEDBACK_PAGES = [
    ["Ashdown Vale Leisure Centre \u2013 customer feedback about Megan Hollis",
     "Compiled for the apprentice showcase. Customer names and contact details have been removed.",
     "",
     "Comment card, 14 January 2026 (family swim, pool closure)",
     "I was really cross when we got there and the pool was shut again. The girl on reception, Megan, "
     "listened to me properly and didn't get defensive. She sorted a refund, gave us passes for another "
     "day and got the kids into soft play so they weren't let down. She rang me the next day like she said "
     "she would. Turned a rubbish evening round.",
     "",
     "Comment card, 2 February 2026",
     "Very patient with my dad, who is hard of hearing. She wrote the prices down for him and didn't rush us.",
     "",
     "Online survey comment, February 2026 (score 10 out of 10)",
     "Booked my son's lessons over the phone. Megan explained the stages and told us exactly where he was on "
     "the waiting list. Nobody had done that before."],
    ["Online survey comments, March to May 2026",
     "",
     "Score 9: Friendly welcome at reception and the café offer was a nice surprise.",
     "Score 10: I came in to cancel and left with a cheaper membership that suits my knee. The advisor "
     "actually asked what I wanted rather than just processing the form.",
     "Score 8: Quick check-in even on a busy Saturday. Would be good if the app showed class changes sooner.",
     "Score 10: Megan helped my mum with the hoist booking and checked the changing room was free first.",
     "",
     "Mystery visit summary, April 2026 (extract relating to reception)",
     "Greeting within 10 seconds: achieved. Name badge visible: achieved. Needs identified with open "
     "questions: achieved. Offer mentioned: not achieved. Farewell and thanks: achieved. Reception score 88%."],
    ["Summary prepared by the duty manager",
     "",
     "Between January and May 2026 reception received 14 comment cards naming Megan, all positive. Her "
     "call listening scores rose from an average of 3.4 to 4.6 out of 5 over the same period. One "
     "improvement point from the mystery visit (mentioning current offers) has since been addressed.",
     "",
     "Signed: Priti Naylor, Duty Manager, 29 May 2026"],
]

WITNESS = [
    ("Witness testimony", "title"),
    ("Apprentice: Megan Hollis. Witness: Priti Naylor, Duty Manager and line manager since September 2024.", None),
    ("Personal organisation", 2),
    ("Megan plans her shifts carefully. She reads the handover notes before she starts and keeps a written "
     "task list with the times we have agreed. When the sports hall flooded on a Saturday in March she "
     "stopped her routine work without being asked, agreed the priorities with me, and contacted every "
     "affected booker before their session. She caught up with the filing on her next shift and told me "
     "when it was done.", None),
    ("Team working", 2),
    ("Megan is reliable at passing information on. During the pool plant failure in January she made sure "
     "the café and the lifeguards had the same message as reception within minutes. She is patient with "
     "newer colleagues and changes her approach to suit them, for example writing instructions down for a "
     "colleague who prefers that.", None),
    ("She suggested the weekly quick answers sheet for reception and presented it to me with a clear reason "
     "and a plan for a trial. It has reduced repeat calls about prices and is now part of our Monday routine. "
     "She also ran a short first aid awareness session for the team after completing her course.", None),
    ("Customer service", 2),
    ("I have watched Megan deal with upset customers calmly and fairly. She takes ownership, keeps accurate "
     "notes on the complaints log and follows up when she says she will.", None),
    ("I confirm that this statement is accurate and that the work described in Megan's report is her own.", None),
    ("Signed: Priti Naylor    Date: 29 May 2026", None),
]


def witness_docx():
    doc = o.Docx(title="Witness testimony - Megan Hollis", author=MANAGER)
    for text, kind in WITNESS:
        if kind == "title":
            doc.title_para(text)
        elif kind:
            doc.heading(text, kind)
        else:
            doc.p(text)
    return doc


def feedback_pdf():
    pages = [o.wrap_lines(page) for page in FEEDBACK_PAGES]
    return o.pdf_bytes(pages, title="Customer feedback - Megan Hollis", author=MANAGER)


def thank_you_png():
    c = o.Canvas(240, 160, (236, 230, 218))
    c.rect(40, 18, 160, 124, (255, 250, 240))
    c.rect(40, 18, 160, 4, (196, 64, 96))
    c.rect(40, 138, 160, 4, (196, 64, 96))
    # a simple heart from stacked bars
    for i, w in enumerate((6, 10, 12, 12, 10, 8, 6, 4, 2)):
        c.rect(110 - w, 34 + i * 2, w * 2, 2, (210, 50, 80))
    c.text(66, 62, "THANK YOU", (120, 30, 60), scale=2)
    c.text(74, 86, "MEGAN!", (120, 30, 60), scale=2)
    c.text(58, 112, "FROM THE SPLASH", (80, 80, 80), scale=1)
    c.text(58, 122, "STAGE 3 PARENTS", (80, 80, 80), scale=1)
    return c.png()


def call_wav():
    # A ring-back tone and a short hold beep stand in for the recorded call extract.
    tones = ((400.0, 0.4), (0.0, 0.2), (400.0, 0.4), (0.0, 1.0), (660.0, 0.25), (0.0, 0.75))
    return o.wav_bytes(seconds=3.0, rate=8000, tones=tones)


def build():
    """Returns (archive bytes, info dict)."""
    report, body_words = report_docx()
    files = {
        "Showcase report - Megan Hollis.docx": report.to_bytes(),
        "Appendices/Customer feedback.pdf": feedback_pdf(),
        "Appendices/Witness testimony - Priti Naylor.docx": witness_docx().to_bytes(),
        "Appendices/Thank-you card.png": thank_you_png(),
        "Appendices/Recorded call (extract).wav": call_wav(),
    }
    archive = o.zip_bytes(files, unix=True, dirs=("Appendices",))
    return archive, {"report body words (excluding appendix)": body_words,
                     "report words including appendix": report.body_words()}
