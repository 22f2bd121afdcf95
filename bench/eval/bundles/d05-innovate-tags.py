# Development bundle d05: an Innovate report tagged with Innovate's codes, three of them wrong, and
# appendix files. All people and firms are invented.
REPORT = "Emily Carter - Showcase Report.docx"
MAPPING = "Appendix 1 - KSB mapping.docx"
MANAGER = "Appendix 2 - Manager statement.docx"

BUNDLE = {
    "name": "d05-innovate-tags",
    "split": "dev",
    "profile": "innovate-report",
    "container": "zip",
    "apprentice": "Emily Carter",
    "author_note": (
        "Broadband provider's support centre. Innovate's codes as tags in headings (ranges such as "
        "'2K1 - 2K6') and after paragraphs ('(2K1)'), plus 13B1, which Innovate lists but no criterion "
        "matches. Three tags are wrong and the labels follow the text, not the tag: the social media "
        "paragraph is tagged (2K4) but evidences M02-K5 (M02-K4 itself is only a bare list of policy "
        "names: weak); the planning paragraph is tagged (11S2) but shows prioritising to agreed "
        "deadlines, M11-S1, with no tool for monitoring progress (M11-S2 missing); the paragraph on "
        "sharing learning is tagged (15B5) but evidences M15-B3, and no idea is ever put forward "
        "(M15-B5 missing). Appendix 1 is a KSB mapping table that claims every code, including 11S2 and "
        "15B5; it evidences nothing. Appendix 2, the manager's statement, is the only evidence for "
        "M11-S3, M15-B2 and M15-B4 (appendix_only). Weak also: M03-K4 (consequences in general, not per "
        "law) and M07-K3 (says updating matters, never why)."),
    "files": [
        {"path": REPORT, "kind": "docx", "title": "Apprentice Showcase",
         "created": "2026-01-25T11:00:00Z", "modified": "2026-02-28T16:20:00Z",
         "header": "Emily Carter - ST0072 Showcase",
         "blocks": [
            ("title", "Apprentice Showcase - Customer Service Practitioner"),
            ("p", "Apprentice: Emily Carter"),
            ("p", "Employer: Pennant Broadband, Customer Support Centre, Newport"),
            ("p", "Assessment organisation: Innovate Awarding"),
            ("p", "The codes in brackets show which criteria each part of my report covers. A full mapping is "
                  "in Appendix 1 and my manager's statement is Appendix 2."),

            ("h1", "1. Understanding the organisation (2K1 - 2K6)"),
            ("p", "Pennant Broadband is a private limited company that provides broadband, phone and TV "
                  "services to about 180,000 homes and small businesses in South Wales and the West of "
                  "England. As a private sector business we are owned by investors and have to make a "
                  "profit, and we compete against the big national providers. Our aims are to become the "
                  "best-rated broadband provider in our region, to bring full fibre to 100,000 more homes "
                  "by 2028, and to keep customers for longer by fixing problems first time. (2K1)"),
            ("p", "Our brand promise is \"Fast, local, there for you\". It means customers get a fast, "
                  "reliable connection, support from a team based in Wales rather than an overseas call "
                  "centre, and a real person who will stick with their problem until it is fixed. (2K2)"),
            ("p", "Our core values are Own it, Keep it simple and Be human. They shape the service culture in "
                  "the support centre because they tell us how to behave when there is no script. \"Own it\" "
                  "means the advisor who answers the call keeps the problem rather than transferring the "
                  "customer again and again. \"Keep it simple\" is why we are trained not to use technical "
                  "words with customers. \"Be human\" is why we are allowed to go off script, for example "
                  "to chat with a lonely older customer for a few minutes. The result is a culture where "
                  "customers are treated as people and advisors are trusted to use their judgement. (2K3)"),
            ("p", "The policies that affect my role include the complaints policy, the data protection "
                  "policy, the vulnerable customers policy, the fair usage policy and the acceptable use "
                  "policy. (2K4)"),
            ("p", "Our social media guidelines say that staff must not discuss customers, outages or "
                  "internal matters on their personal social media, must not reply to customers who "
                  "tag Pennant in posts, and must not share screenshots of our systems. Only the social "
                  "media team can reply on the company's X and Facebook accounts. If I see a customer "
                  "complaining about us online, I report it to the social team with the link. We can share "
                  "the company's own posts, for example about new fibre areas. (2K4)"),
            ("p", "Our policies affect how I can help customers. The vulnerable customers policy allows me "
                  "to put a priority flag on the account of a customer who relies on the internet for a "
                  "medical alarm, which means an engineer will be sent the same day if their service "
                  "fails. On the other hand, the data protection policy means I cannot discuss an account "
                  "with anyone who is not named on it, even a customer's son who is trying to help. When "
                  "a policy stops me doing what a customer wants, I explain the reason, and this usually "
                  "makes it easier for them to accept. (2K6)"),

            ("h1", "2. Meeting regulations and legislation (3K1 - 3K4)"),
            ("p", "Telecoms companies are regulated by Ofcom, which sets rules we must follow, such as "
                  "giving customers clear information about contract end dates, offering automatic "
                  "compensation when repairs take too long, and treating vulnerable customers fairly. "
                  "Because of the automatic compensation rules, I have to check the fault history on every "
                  "repair call so that I can tell the customer whether they are due money back. The "
                  "Consumer Rights Act 2015 means our service must match what was sold, so if a customer "
                  "is getting much slower speeds than promised they can leave their contract without a "
                  "penalty. The Equality Act 2010 means we offer bills in large print and Braille and "
                  "accept calls through a text relay service. (3K1)"),
            ("p", "I deal with personal data on every call, including names, addresses, bank details, "
                  "usage and sometimes information about customers' health. My responsibilities are to pass "
                  "security with every caller before discussing the account, to only access accounts I am "
                  "working on, to never write passwords or card numbers down, and to lock my screen when I "
                  "leave my desk. I must report any data breach to my team leader immediately. (3K2)"),
            ("p", "Under the Health and Safety at Work Act 1974 Pennant must provide a safe workplace, safe "
                  "equipment and training, and carry out risk assessments such as the display screen "
                  "assessment I had on my first day. My duties as an employee are to look after my own "
                  "health and safety and that of others, to follow my training, to use equipment "
                  "properly and to report hazards, such as the loose carpet tile I reported in the break "
                  "room. (3K2)"),
            ("p", "If we did not follow the law there could be serious consequences for the business. (3K3)"),
            ("p", "We follow Ofcom's code of practice on complaints handling, which means every complaint "
                  "has to be acknowledged, logged and resolved within eight weeks, after which the customer "
                  "can go to the ombudsman. This affects my service because I must always tell an unhappy "
                  "customer how to complain and give them a reference number, even if I think I can solve "
                  "it on the call. We also signed up to a voluntary code on broadband speeds, so I have to "
                  "give customers a realistic speed estimate before they sign up, not the best possible "
                  "figure. (3K4)"),

            ("h1", "3. Systems and resources (4K1 - 4K2)"),
            ("p", "The main system I use is Nexus, our customer management system. It shows the customer's "
                  "account, products, bills and contact history, and I use it to make changes, raise "
                  "faults and book engineers. I also use the line test tool, which lets me check a "
                  "customer's line from my desk while they are on the phone, so that many faults can be "
                  "fixed without an engineer visit. Live chat and our app allow customers to contact us "
                  "without waiting on the phone, and the knowledge base gives me step-by-step guides for "
                  "routers and TV boxes so every customer gets the same correct advice. (4K1)"),
            ("p", "We monitor service in several ways: average speed of answer on calls and chats, first "
                  "contact resolution, the number of repeat calls within seven days, customer satisfaction "
                  "scores from the text survey sent after each contact, and Net Promoter Score. Team leaders "
                  "also complete quality checks on two of my calls every week using a scorecard. Every "
                  "Monday the wallboard shows last week's results for each team. (4K2)"),

            ("h1", "4. Product and service knowledge (7K1 - 7K3)"),
            ("p", "A feature is a fact about what we sell, and a benefit is why that fact matters to the "
                  "customer. For example, a feature of our Fibre 500 package is a 500Mbps download speed; "
                  "the benefit for a family is that four people can stream and game at the same time "
                  "without the picture freezing. A feature of our Home Cover add-on is a backup 4G router; "
                  "the benefit is that someone who works from home stays online during an outage. (7K1)"),
            ("p", "I keep my product knowledge up to date by reading the daily update on the knowledge base, "
                  "completing the short e-learning that comes with every new product, and joining the "
                  "monthly product briefing. When the new mesh Wi-Fi discs launched, I borrowed a set to "
                  "use at home for a week so I could explain them from experience. (7K2)"),
            ("p", "Updating my knowledge is very important in my role. (7K3)"),
            ("p", "I also take ownership of keeping my own knowledge current, and I keep a notebook of the "
                  "questions I could not answer so I can look them up at the end of the day. (13B1)"),

            ("h1", "5. Influencing skills (10S1 - 10S4)"),
            ("p", "In November a customer called to cancel because her bill had gone up after her discount "
                  "ended. I asked how she used the internet and found out she lived alone, mainly used it "
                  "for video calls with her grandchildren and did not use the TV package at all. I offered "
                  "her two options: dropping the TV package and moving to our Fibre 100 plan, which would "
                  "reduce her bill by £14 a month, or our social tariff, because she told me she received "
                  "Pension Credit. Both options met her need for a cheaper, reliable service, and they "
                  "suited Pennant because it kept her as a customer. (10S1)"),
            ("p", "I explained each option in terms of what it meant for her: Fibre 100 would still be more "
                  "than fast enough for video calls, and she would save £168 over a year; the social tariff "
                  "would be even cheaper but had a slower speed that might make video calls freeze if "
                  "someone else was using the connection. I checked she understood by asking her to tell "
                  "me which one sounded better for her. (10S2)"),
            ("p", "She worried that moving to a new plan would mean a new 24-month contract. I told her I "
                  "understood why that would put her off, and explained that the Fibre 100 plan was "
                  "available on a rolling one-month contract, so she could leave at any time. She chose "
                  "Fibre 100. (10S3)"),
            ("p", "Another time a business customer wanted us to waive the early exit fee because he was "
                  "moving to a competitor. I could not offer this under our terms, and there was no outcome "
                  "that would suit both him and Pennant. I explained that the fee covers the equipment and "
                  "installation we paid for at the start of his contract, told him the exact amount and "
                  "the date his minimum term would end, and pointed out that waiting six weeks would "
                  "avoid the fee altogether. He thanked me for being clear. (10S4)"),

            ("h1", "6. Personal organisation (11S1 - 11S3)"),
            ("p", "My team leader sets my daily targets and any deadlines at the start of each shift, for "
                  "example callbacks that must be made by 12pm or a batch of complaint letters to send by "
                  "Thursday. I plan my day around them: I do callbacks with a promised time first, then "
                  "cases with a deadline that day, and I leave general admin for the last hour when call "
                  "volumes are lower. (11S2)"),

            ("h1", "7. Dealing with customer conflict and challenge (12S1 - 12S7)"),
            ("p", "In December a small business owner called because his connection had failed three times "
                  "in a week and he had lost orders. He was furious and said he would \"take us to the "
                  "papers\". I kept calm, lowered my pace and let him explain everything without "
                  "interrupting. (12S1)"),
            ("p", "I told him I was sorry and that I understood how worrying it was to lose business "
                  "because of something outside his control. I asked how the outages were affecting his "
                  "shop, which showed me that card payments were the biggest problem. (12S2)"),
            ("p", "I ran a line test while he was on the phone and found a fault at the cabinet. I explained "
                  "the next steps clearly: an engineer appointment the next morning, a 4G backup router "
                  "sent by courier that afternoon so he could take payments, and automatic compensation for "
                  "each day the fault lasted. (12S3)"),
            ("p", "I followed our fault and complaints procedures: I raised a priority business fault, logged "
                  "a formal complaint because it was the third failure, and applied the compensation the "
                  "Ofcom rules require. (12S4)"),
            ("p", "I called him at 5pm to confirm the router had been delivered and again the next day after "
                  "the engineer's visit to check everything was working. (12S5)"),
            ("p", "I recorded every call and action in the case notes on Nexus, including the compensation "
                  "amount and the complaint reference, so that anyone picking up the case could see the "
                  "whole history. (12S6)"),
            ("p", "I took ownership of the case from start to finish. I stayed as the named advisor, chased "
                  "the engineering team myself when the first appointment was moved, and closed the "
                  "complaint only when the customer confirmed he had had no more drops for a week. (12S7)"),

            ("h1", "8. Developing self (13B2 - 13B4)"),
            ("p", "After three months I completed a self-assessment using my apprenticeship skills scan and a "
                  "SWOT analysis. My strengths were patience, product knowledge and typing speed. My "
                  "weaknesses were dealing with business customers, who expect quick technical answers, "
                  "and managing my time between calls. (13B2)"),
            ("p", "My personal development plan, agreed with my team leader and my coach, has four goals, "
                  "each with a date: complete the business broadband training by March; reduce my "
                  "after-call work time from 90 to 60 seconds by April; handle five business complaints "
                  "independently by June; and shadow the engineering team for a day by May. (13B3)"),
            ("p", "We review the plan every two months. At the January review I had already cut my "
                  "after-call time to 65 seconds, so we kept the goal but moved the date earlier. The "
                  "business training was delayed because the course was cancelled, so I completed the "
                  "e-learning version instead and added a goal to sit in on the business team's calls. "
                  "(13B4)"),

            ("h1", "9. Being open to feedback (14B1)"),
            ("p", "I ask for feedback after quality checks, in my weekly one-to-ones and from colleagues "
                  "when I have had a difficult call. I also read the survey comments customers leave about "
                  "me. My team leader told me that I over-explained technical details, which made my calls "
                  "long. Since then I give the customer the fix first and only explain the technical "
                  "reason if they ask, and my average call time has dropped by a minute without my "
                  "satisfaction score going down. (14B1)"),

            ("h1", "10. Team working (15B1 - 15B5)"),
            ("p", "I work in a team of fourteen advisors. I get on well with everyone and try to keep a "
                  "positive attitude even on busy days. When our team was short-staffed in the Christmas "
                  "outage, I volunteered to stay on live chat all day so my colleagues could concentrate on "
                  "the phones. (15B1)"),
            ("p", "After my business broadband training I wrote a one-page summary of the five questions "
                  "business customers ask most and went through it with my team at our Monday huddle. "
                  "Two colleagues have since told me it helped them on their calls. (15B5)"),

            ("h1", "Conclusion"),
            ("p", "My apprenticeship has given me the confidence to handle difficult calls and to help my "
                  "team. I hope to move into the business support team next year."),
        ]},
        {"path": MAPPING, "kind": "docx", "title": "KSB mapping",
         "created": "2026-02-27T20:00:00Z",
         "blocks": [
            ("title", "Appendix 1 - KSB mapping"),
            ("table", [
                ["Code", "Where it is covered"],
                ["2K1 - 2K6", "Section 1, paragraphs 1 to 6"],
                ["3K1 - 3K4", "Section 2, paragraphs 1 to 5"],
                ["4K1 - 4K2", "Section 3"],
                ["7K1 - 7K3", "Section 4"],
                ["10S1 - 10S4", "Section 5"],
                ["11S1 - 11S3", "Section 6 and Appendix 2"],
                ["12S1 - 12S7", "Section 7"],
                ["13B1 - 13B4", "Sections 4 and 8"],
                ["14B1", "Section 9"],
                ["15B1 - 15B5", "Section 10 and Appendix 2"],
            ]),
        ]},
        {"path": MANAGER, "kind": "docx", "author": "Owen Pritchard", "title": "Manager statement",
         "created": "2026-02-20T09:40:00Z",
         "blocks": [
            ("title", "Appendix 2 - Manager statement"),
            ("p", "Owen Pritchard, Team Leader, Customer Support Centre. I have managed Emily since she "
                  "joined Pennant in March 2025."),
            ("p", "On 9 December our main billing system went down for most of the day. Emily was part "
                  "way through a batch of complaint letters due that afternoon. As soon as the outage was "
                  "announced she came to me, suggested the letters could wait a day because customers "
                  "calling in were the priority, and moved to answering outage calls. She kept a calm, "
                  "professional manner with some very angry customers, and she finished the letters first "
                  "thing the next morning."),
            ("p", "Emily keeps the team informed. When she hears about a new fault or an area outage from "
                  "a customer, she posts it in the team channel straight away so that other advisors "
                  "are not caught out by the next caller, and she updates the handover log before every "
                  "break."),
            ("p", "She changes her approach to suit the person. With our newest advisor, who was very "
                  "nervous, she sat beside him for his first calls and talked him through them quietly. "
                  "With the engineering team, who are very busy, she sends short written summaries instead "
                  "of calling. With older customers she slows down and checks understanding."),
            ("p", "Signed: Owen Pritchard, 20 February 2026"),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "As a private sector business we are owned by investors"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our brand promise is \"Fast, local, there for you\". It means"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "They shape the service culture in the support centre"}]},
        "M02-K4": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "The policies that affect my role include the complaints policy"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our social media guidelines say that staff must not discuss customers"}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our policies affect how I can help customers."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Telecoms companies are regulated by Ofcom, which sets rules we must follow"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My responsibilities are to pass security with every caller"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Pennant must provide a safe workplace, safe equipment and training"}]},
        "M03-K4": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "If we did not follow the law there could be serious consequences for the business."}]},
        "M03-K5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We follow Ofcom's code of practice on complaints handling"}]},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The main system I use is Nexus, our customer management system."}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We monitor service in several ways: average speed of answer"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "A feature is a fact about what we sell, and a benefit is why that fact matters"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I keep my product knowledge up to date by reading the daily update"}]},
        "M07-K3": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "Updating my knowledge is very important in my role."}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I offered her two options: dropping the TV package"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained each option in terms of what it meant for her"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "She worried that moving to a new plan would mean a new 24-month contract."}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "there was no outcome that would suit both him and Pennant"}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My team leader sets my daily targets and any deadlines at the start of each shift"}]},
        "M11-S2": {"status": "missing", "passages": []},
        "M11-S3": {"status": "appendix_only", "passages": [
            {"file": MANAGER, "phrase": "suggested the letters could wait a day because customers calling in were the priority"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I kept calm, lowered my pace and let him explain everything"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I understood how worrying it was to lose business"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained the next steps clearly: an engineer appointment the next morning"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I followed our fault and complaints procedures"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I called him at 5pm to confirm the router had been delivered"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I recorded every call and action in the case notes on Nexus"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I took ownership of the case from start to finish."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I completed a self-assessment using my apprenticeship skills scan"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My personal development plan, agreed with my team leader and my coach"}]},
        "M13-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We review the plan every two months."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I ask for feedback after quality checks, in my weekly one-to-ones"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Since then I give the customer the fix first"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I volunteered to stay on live chat all day"}]},
        "M15-B2": {"status": "appendix_only", "passages": [
            {"file": MANAGER, "phrase": "she posts it in the team channel straight away"}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I wrote a one-page summary of the five questions business customers ask most"}]},
        "M15-B4": {"status": "appendix_only", "passages": [
            {"file": MANAGER, "phrase": "She changes her approach to suit the person."}]},
        "M15-B5": {"status": "missing", "passages": []},
    },
}
