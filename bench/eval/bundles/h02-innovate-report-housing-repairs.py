BUNDLE = {
    "name": "h02-innovate-report-housing-repairs",
    "split": "heldout",
    "profile": "innovate-report",
    "container": "folder",
    "author_note": (
        "Housing association repairs line apprentice. Report with 'Module N: name' headings and "
        "Innovate codes (2K1, 10S2, 12S5) in some sub-headings. Two template sections missing "
        "entirely: Module 4 Systems and resources and Module 11 Personal organisation (all five "
        "criteria missing). Wrong code tag: the sub-heading '12S5 Keeping the tenant updated' holds "
        "a paragraph about recording the case (evidences M12-S6); keeping the tenant informed is "
        "only a promise elsewhere (M12-S5 weak). Also weak: core values without the link to service "
        "culture, products listed without features and benefits, using feedback (bare claim), "
        "sharing learning (bare claim)."
    ),
    "files": [
        {"path": "EPA Showcase Report - Kayleigh Brennan.docx", "kind": "docx", "blocks": [
            ("h1", "End-point Assessment Showcase Report"),
            ("p", "Apprentice: Kayleigh Brennan. Job title: Repairs Contact Advisor. Employer: Moorside "
                  "Homes. Standard: Customer Service Practitioner Level 2 (ST0072)."),
            ("p", "I have worked on the repairs line at Moorside Homes for sixteen months. I take calls and "
                  "emails from tenants who need something fixed in their home, book the job in with the "
                  "right trade and answer questions about repairs that are already booked. This report "
                  "covers the modules in the end-point assessment coverage, with examples from my job."),

            ("h1", "Module 2: Understanding the organisation (2K1 - 2K6)"),
            ("h2", "2K1 Our aims and our sector"),
            ("p", "Moorside Homes is a housing association. We own and manage about 6,200 homes in "
                  "Calderbridge and the villages around it and rent them at affordable rents. A housing "
                  "association is not-for-profit, so we are in the third sector along with charities and "
                  "community groups. Public sector organisations, like Calderbridge Council, are run by "
                  "the government and paid for by taxes. Private sector businesses, like private "
                  "landlords or letting agents, are run to make a profit for their owners. Any surplus "
                  "Moorside makes has to go back into looking after homes and building new ones."),
            ("p", "Because we are not-for-profit our aims are about tenants and communities rather than "
                  "profit. Our three aims in the corporate plan are to provide safe, warm and affordable "
                  "homes, to build 400 new homes by 2028, and to help tenants keep their tenancies, for "
                  "example through money advice. The repairs service is a big part of the first aim, "
                  "because a home is not safe or warm if the boiler or the roof is broken."),
            ("h2", "2K2 Brand promise"),
            ("p", "A brand promise is what a company commits to giving its customers every time they deal "
                  "with it. Moorside's brand promise is 'Your home, our priority'. On the repairs line it "
                  "means that when a tenant rings, they should feel that the problem in their home matters "
                  "to us and that it will be put right properly, not just written down and forgotten. If a "
                  "tenant has to ring three times to chase the same job, we have broken the promise."),
            ("h2", "2K3 Core values"),
            ("p", "Our core values are Respect, Honesty, Ambition and Teamwork. They are on the wall in the "
                  "contact centre and in the staff handbook, and we talk about them at our induction."),
            ("h2", "2K4 Policies and procedures"),
            ("p", "The policies I use most are:"),
            ("bullets", [
                "Repairs Policy - sets out which repairs Moorside is responsible for and how quickly we do "
                "them: emergencies within 24 hours, urgent repairs within 5 working days and routine "
                "repairs within 28 days.",
                "Complaints Policy - explains how tenants can complain and what happens next. It has two "
                "stages, and a tenant who is still unhappy after stage two can go to the Housing Ombudsman.",
                "Vulnerability Policy - helps us identify tenants who may need extra support, such as "
                "older or disabled tenants, and what we can do differently for them.",
                "Recharge Policy - tenants pay for repairs to damage they or their visitors have caused.",
            ]),
            ("p", "The purpose of these policies is to make sure every tenant is treated the same way, that "
                  "staff know what they can and can't offer, and that Moorside keeps to the law. The "
                  "procedures underneath them tell me the steps, for example the questions I must ask to "
                  "decide whether a leak is an emergency."),
            ("h2", "2K5 Digital and social media"),
            ("p", "Moorside has a Digital and Social Media Policy. Only the communications team can post on "
                  "Moorside's Facebook and X accounts. If a tenant complains about a repair on social "
                  "media, staff must not reply from their own accounts; we pass it to the communications "
                  "team, who reply and ask the tenant to send a private message so their details are not "
                  "public. We must not post photos taken inside tenants' homes or anything that could "
                  "identify a tenant, and we must not criticise Moorside online. We can say where we work "
                  "on our own profiles. The policy also says WhatsApp must not be used to send tenants' "
                  "details to operatives; everything goes through work email or the job sheet."),
            ("h2", "2K6 How policies affect the service"),
            ("p", "The policies affect every call I take. The repairs timescales mean I can't promise a "
                  "tenant a routine repair next week if the first slot is in three weeks, so I have to "
                  "manage what they expect from the start of the call. The Recharge Policy can make calls "
                  "awkward because tenants don't expect to pay, but it keeps the service fair for "
                  "everyone else whose rent pays for repairs. The Vulnerability Policy lets me raise a "
                  "routine job to urgent if, for example, an older tenant can't use their only toilet, so "
                  "the service can bend for the people who need it most."),

            ("h1", "Module 3: Meeting regulations and legislation"),
            ("h2", "3K1 Laws that affect the repairs service"),
            ("p", "The Landlord and Tenant Act 1985 says a landlord must keep the structure and outside of a "
                  "home in repair and keep the heating, hot water, water supply and toilets working. This "
                  "is why boilers and leaking roofs are our responsibility and why no heating or hot water "
                  "is treated as an emergency in winter. The Homes (Fitness for Human Habitation) Act 2018 "
                  "means homes must be safe and healthy to live in, so every report of damp and mould is "
                  "booked for an inspection rather than just giving advice over the phone. The Gas Safety "
                  "(Installation and Use) Regulations 1998 mean every gas appliance must be checked every "
                  "year, so when a tenant rings about anything else I check whether their gas service is "
                  "overdue and book it. The Data Protection Act 2018 affects how I handle tenants' "
                  "information, which I explain below."),
            ("h2", "3K2 My responsibilities: confidentiality and health and safety"),
            ("p", "Before I discuss anything about a tenancy I have to check I am speaking to the tenant by "
                  "asking for their full name, address and date of birth. If a son or daughter rings for "
                  "their parent, I can only talk to them if there is a consent note on the tenancy "
                  "record. Information such as rent arrears, health conditions, anti-social behaviour "
                  "cases and safeguarding notes must be kept confidential. This is important because "
                  "tenants trust us with very personal information and some of it could put them at risk, "
                  "for example if someone who had fled domestic abuse had their new address given out."),
            ("p", "Under the Health and Safety at Work Act 1974, Moorside as my employer must provide a safe "
                  "place to work and safe equipment, give us training, and carry out risk assessments, "
                  "such as the display screen assessment for my desk and headset. Operatives who work alone "
                  "have a check-in procedure because of this. As an employee I must take reasonable care of "
                  "my own safety and other people's, follow the training and procedures, not misuse "
                  "anything provided for safety, and report hazards. On the repairs line it also means "
                  "asking the right safety questions, for example telling a tenant who can smell gas to "
                  "open the windows and ring the gas emergency number straight away."),
            ("h2", "3K3 What could happen if we did not follow the law"),
            ("p", "If we didn't keep to the Landlord and Tenant Act, a tenant could take us to court for "
                  "disrepair and we could have to pay compensation and legal costs as well as doing the "
                  "work. If we ignored damp and mould, a tenant's health could be harmed, and the "
                  "Regulator of Social Housing could downgrade us, which would affect our ability to "
                  "borrow money to build new homes. If we lost or shared tenants' data, the Information "
                  "Commissioner's Office could fine us. If someone was hurt because of a gas appliance we "
                  "hadn't checked, Moorside could be prosecuted. In every case tenants would stop trusting "
                  "us and our reputation in Calderbridge would suffer."),
            ("h2", "3K4 Code of practice"),
            ("p", "The Housing Ombudsman's Complaint Handling Code is a code of practice that every social "
                  "landlord has to follow. It affects my customer service directly: if a tenant tells me "
                  "they are unhappy with the service, I must offer to log it as a complaint even if they "
                  "never use the word 'complaint', and I must not put them off or tell them to ring back "
                  "another day. The Code also sets how quickly complaints must be acknowledged and "
                  "answered, five working days to acknowledge and ten working days for a stage one "
                  "response, so tenants know when they will hear from us. It makes complaints easier for "
                  "tenants, although it means more of my calls end up being logged as complaints."),

            ("h1", "Module 7: Product and service knowledge"),
            ("p", "Our services include the repairs service, yearly gas servicing, the Helping Hands "
                  "handyperson scheme for tenants over 70, and free money advice from our Tenancy Support "
                  "team."),
            ("h2", "7K2 Keeping my knowledge up to date"),
            ("p", "I keep my knowledge up to date by reading the repairs bulletin my team leader Darren "
                  "sends every Monday, which tells us about changes like new contractors or new appointment "
                  "slots. I spent a day shadowing one of our multi-trade operatives so I understand what "
                  "different jobs involve and can describe them properly when I book them. When Helping "
                  "Hands was opened up to tenants over 70 instead of over 75, the scheme coordinator came "
                  "to our team meeting to brief us and I wrote the new rules on my desk crib sheet."),
            ("h2", "7K3 Why it matters"),
            ("p", "Keeping up to date is important because if I give a tenant old information, for example "
                  "the wrong contractor or an old timescale, they may take time off work for nothing and "
                  "lose trust in us. It also costs Moorside money when an operative turns up without the "
                  "right parts because the job was described wrongly, and then the tenant has to wait "
                  "for a second visit."),

            ("h1", "Module 10: Influencing skills"),
            ("h2", "10S1 Finding the right service for a tenant"),
            ("p", "An older tenant rang for the third time in a month about small jobs, a loose curtain pole "
                  "and a cupboard door hanging off. Under the Repairs Policy these are the tenant's own "
                  "responsibility, so normally I would have to tell her to arrange them herself. Instead of "
                  "just saying no, I asked her some questions. She told me she was 78, lived on her own and "
                  "couldn't manage a ladder any more, and her family lived in Leeds. This meant she was "
                  "eligible for Helping Hands, so I offered to refer her. It met her needs because the "
                  "jobs would get done safely, and it helped Moorside because small jobs would stop "
                  "coming through the repairs line and the operatives could stay on landlord repairs."),
            ("h2", "10S2 Explaining how it would help her"),
            ("p", "I explained it in simple terms: a handyperson from Moorside would come out, it would cost "
                  "her nothing, they could do up to two hours of small jobs on each visit and she could "
                  "have four visits a year. I said that meant the curtain pole and the cupboard door could "
                  "both be done on one visit and she wouldn't have to climb anything herself."),
            ("h2", "10S3 Dealing with her worries"),
            ("p", "She said she didn't like the idea of strangers in her house. I told her I understood, and "
                  "explained that the handypeople are Moorside staff who carry photo ID, that she could "
                  "ring us to check who was coming before she opened the door, and that her daughter "
                  "could be there for the first visit if she preferred. She was much happier and agreed to "
                  "the referral."),
            ("h2", "10S4 When we couldn't give her what she wanted"),
            ("p", "On the same call she asked for a new kitchen because hers is 19 years old. I explained "
                  "that kitchens are replaced through our planned programme, which is based on a survey of "
                  "every home and the age and condition of the kitchen, and that hers is due for "
                  "replacement in 2027. I explained this is so that the budget is shared fairly and the "
                  "kitchens in the worst condition are done first. I couldn't move her up the list, but I "
                  "offered to book a repair to the broken drawer runners in the meantime and noted her "
                  "request on her record. She wasn't pleased but she said she understood why."),

            ("h1", "Module 12: Dealing with customer conflict and challenge"),
            ("p", "This example is about a tenant whose daughter's bedroom had damp and mould. He rang very "
                  "angry because the surveyor's visit had been cancelled twice and nobody had told him."),
            ("h2", "12S1 and 12S2 Staying calm and seeing it from his side"),
            ("p", "He was shouting and swearing at first. I didn't interrupt him or argue. I kept my voice "
                  "steady and let him tell me everything, and when he paused I said I was sorry and that "
                  "I would be upset too if my child's bedroom had mould on the walls. He told me his "
                  "daughter has asthma and had been sleeping on the sofa for two weeks. I asked how she "
                  "was and whether the mould had got worse, because I wanted him to know I cared about "
                  "her and not just the job number. After that he calmed down and we could talk."),
            ("h2", "12S3 Explaining the next steps"),
            ("p", "I went through what would happen next in plain words. I would book a different surveyor "
                  "within five working days, which was the soonest available. In the meantime I would "
                  "arrange a mould wash for the bedroom and have a dehumidifier delivered on loan. I also "
                  "told him he had the right to make a complaint about the cancelled visits and asked if "
                  "he wanted me to log one. He said yes. I told him I would keep him updated."),
            ("h2", "12S4 Following the complaints policy"),
            ("p", "I logged a stage one complaint in line with the Complaints Policy and the Complaint "
                  "Handling Code, gave him the reference number and told him he would get a written "
                  "response within ten working days. Because his daughter's health was affected, I also "
                  "asked Darren to agree that the inspection be treated as urgent under the Vulnerability "
                  "Policy, which he did."),
            ("h2", "12S5 Keeping the tenant updated"),
            ("p", "After the call I wrote up the case notes on his tenancy record: the dates of the two "
                  "cancelled visits, what he told me about his daughter's asthma, the surveyor appointment "
                  "I booked, the mould wash and dehumidifier orders and the complaint reference. I added a "
                  "note at the top of his record so anyone who answers his next call can see the history without him having to "
                  "repeat it. When the surveyor's report came back I added the outcome and the works "
                  "order number for the gutter repair."),
            ("h2", "12S7 Taking ownership"),
            ("p", "I didn't just pass the job on. I rang the surveying team myself to find out why the visits "
                  "had been cancelled and found the surveyor had been off sick and nobody had moved his "
                  "jobs to someone else. I asked Darren if I could book it straight into another "
                  "surveyor's diary, chased the dehumidifier with the supplier when it hadn't been "
                  "dispatched by the next afternoon, and when the surveyor found a leaking gutter was "
                  "causing the damp I made sure the gutter repair was raised as urgent rather than "
                  "routine so the cause was fixed and not just the mould."),

            ("h1", "Module 13: Developing self"),
            ("h2", "13B2 Self-assessment"),
            ("p", "At the start of my apprenticeship I completed a skills scan with my training provider and "
                  "a SWOT analysis with Darren. My strengths were staying calm with upset tenants and "
                  "typing accurate notes. My weaknesses were my knowledge of building terms, which meant "
                  "I sometimes booked the wrong trade, and my confidence when tenants disagreed with the "
                  "Repairs Policy."),
            ("h2", "13B3 My personal development plan"),
            ("bullets", [
                "Goal 1: learn the common building and repair terms by completing the Moorside repairs "
                "diagnosis e-learning by the end of October, so I book the right trade first time.",
                "Goal 2: shadow a multi-trade operative for one full day by the end of November.",
                "Goal 3: listen to two calls a week from experienced advisors where tenants challenge the "
                "Repairs Policy, for six weeks, and note the phrases they use.",
            ]),
            ("h2", "13B4 Reviewing and updating my plan"),
            ("p", "I reviewed my plan with Darren in January, three months later. I had finished goals 1 and "
                  "2 and my wrong-trade bookings had dropped from five in September to one in December. "
                  "Goal 3 hadn't worked as well because the calls were hard to find, so we changed it: "
                  "instead I now sit with Nadia, a senior advisor, for an hour every fortnight and we go "
                  "through my own difficult calls together. I also added a new goal to complete the "
                  "damp and mould awareness training by March, because those calls are increasing."),

            ("h1", "Module 14: Being open to feedback"),
            ("p", "I asked Darren to listen to three of my recorded calls and tell me what I could do better, "
                  "and I asked Nadia informally after a difficult call how she would have handled it. My "
                  "tutor also gives me formal feedback at my apprenticeship reviews every ten weeks."),
            ("p", "The feedback was really useful and I have taken it on board."),

            ("h1", "Module 15: Team working"),
            ("p", "The repairs line has nine advisors and we work closely with the scheduling team and the "
                  "operatives. When Nadia was off for a week I took over her follow-up calls as well as my "
                  "own so that no tenant was left waiting, and when the scheduling team is short I help "
                  "them by ringing tenants to confirm appointments. I always try to be friendly and "
                  "positive with the operatives because they are the ones who get the job done."),
            ("p", "I pass on information to the people who need it straight away. For example, when a tenant "
                  "told me she is a wheelchair user and needs the operative to ring from the car park "
                  "because her buzzer is too high to reach, I emailed the scheduler within a few minutes "
                  "so it could go on the job sheet. Work product - my email to the scheduler:"),
            ("p", "'Hi Sam, job 48817 tomorrow AM at 14 Fern Court. Tenant is a wheelchair user and can't "
                  "reach the door buzzer - please ask the operative to ring her mobile (on the tenancy "
                  "record) when he arrives and she will let him in. Thanks, Kayleigh.'"),
            ("p", "I also help new starters when they join the team."),
            ("p", "I change how I communicate depending on who I am talking to. A tenant with a hearing "
                  "impairment told me she finds the phone hard, so I spoke more slowly, checked she had "
                  "understood each point, and then confirmed the appointment by text as well so she had it "
                  "in writing. When a new advisor sat with me, I stopped using our shortcuts like 'PR' and "
                  "'EM' and explained each step because she didn't know them yet."),
            ("p", "I noticed a lot of operatives were arriving to find nobody home, which wastes a visit "
                  "and means the tenant waits longer. I went through my own bookings for March and found "
                  "38 visits where nobody was in. At a team meeting I suggested we send tenants a text "
                  "reminder the afternoon before their appointment with an option to rebook, because most "
                  "tenants who weren't in told us they had forgotten. Darren took the idea to the repairs "
                  "manager and it is now being trialled for gas servicing appointments."),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "A housing association is not-for-profit, so we are in the third sector"},
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Because we are not-for-profit our aims are about tenants and communities rather than profit"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Moorside's brand promise is 'Your home, our priority'"}]},
        "M02-K3": {"status": "weak", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Our core values are Respect, Honesty, Ambition and Teamwork"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "sets out which repairs Moorside is responsible for and how quickly we do them"},
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "The purpose of these policies is to make sure every tenant is treated the same way"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Only the communications team can post on Moorside's Facebook and X accounts"}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "The policies affect every call I take"}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "The Landlord and Tenant Act 1985 says a landlord must keep the structure"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Before I discuss anything about a tenancy I have to check I am speaking to the tenant"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Moorside as my employer must provide a safe place to work and safe equipment"}]},
        "M03-K4": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "a tenant could take us to court for disrepair and we could have to pay compensation"}]},
        "M03-K5": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "The Housing Ombudsman's Complaint Handling Code is a code of practice"}]},
        "M04-K1": {"status": "missing", "passages": []},
        "M04-K2": {"status": "missing", "passages": []},
        "M07-K1": {"status": "weak", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Our services include the repairs service, yearly gas servicing"},
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "it would cost her nothing, they could do up to two hours of small jobs"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I keep my knowledge up to date by reading the repairs bulletin"}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Keeping up to date is important because if I give a tenant old information"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "This meant she was eligible for Helping Hands, so I offered to refer her"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I explained it in simple terms: a handyperson from Moorside would come out"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "She said she didn't like the idea of strangers in her house"}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I explained this is so that the budget is shared fairly"}]},
        "M11-S1": {"status": "missing", "passages": []},
        "M11-S2": {"status": "missing", "passages": []},
        "M11-S3": {"status": "missing", "passages": []},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I didn't interrupt him or argue. I kept my voice steady"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I would be upset too if my child's bedroom had mould on the walls"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I went through what would happen next in plain words"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I logged a stage one complaint in line with the Complaints Policy"}]},
        "M12-S5": {"status": "weak", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "He said yes. I told him I would keep him updated."}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "After the call I wrote up the case notes on his tenancy record"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I rang the surveying team myself to find out why the visits had been cancelled"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I completed a skills scan with my training provider and a SWOT analysis with Darren"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Goal 1: learn the common building and repair terms"}]},
        "M13-B3": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I reviewed my plan with Darren in January, three months later"}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I asked Darren to listen to three of my recorded calls"}]},
        "M14-B2": {"status": "weak", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "The feedback was really useful and I have taken it on board."}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "When Nadia was off for a week I took over her follow-up calls"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I emailed the scheduler within a few minutes so it could go on the job sheet"},
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "Tenant is a wheelchair user and can't reach the door buzzer"}]},
        "M15-B3": {"status": "weak", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I also help new starters when they join the team."}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "I change how I communicate depending on who I am talking to"}]},
        "M15-B5": {"status": "evidenced", "passages": [
            {"file": "EPA Showcase Report - Kayleigh Brennan.docx",
             "phrase": "At a team meeting I suggested we send tenants a text reminder"}]},
    },
}
