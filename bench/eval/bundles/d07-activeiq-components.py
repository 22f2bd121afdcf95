# Development bundle d07: an Active IQ showcase as its six components, one file each. All people and
# businesses are invented.
WORKSHEET = "Hannah Price - Worksheet.docx"
INDUCTION = "Induction pack for new starters.pptx"
PDP = "My personal development plan - Hannah Price.docx"
CONFLICT = "Case study 1 - dealing with a complaint.docx"
INFLUENCE = "Case study 2 - influencing a customer.docx"
TESTIMONY = "Line manager testimony - Karen Doyle.docx"

BUNDLE = {
    "name": "d07-activeiq-components",
    "split": "dev",
    "profile": "activeiq-components",
    "container": "zip",
    "apprentice": "Hannah Price",
    "author_note": (
        "Department store customer service desk. Active IQ's six graded components, one file each, "
        "named as an apprentice would: worksheet (questions in bold, answers below), induction pack "
        "(.pptx, no notes), personal development plan, conflict case study, influencing case study and "
        "line-manager testimony. Every component is part of the showcase, so evidence in the "
        "testimony or a case study counts as evidenced even though the file names would make a reader "
        "file them as supporting documents ('testimony'). Weak: M02-K5 (worksheet Q8 defines digital "
        "media but gives no guidelines, and the induction pack has no digital media slide), M02-K6 "
        "(Q6 answered in one line), M12-S5 (customer told the outcome at the end, no updates while it "
        "was open), M15-B5 (testimony says she 'often has good ideas', none described). Missing: "
        "M03-K4 (induction pack never says what happens if the law is broken), M10-S4 (influencing "
        "case study ends in agreement) and M13-B3 (the plan is never reviewed)."),
    "files": [
        {"path": WORKSHEET, "kind": "docx", "title": "Worksheet", "created": "2026-01-12T18:00:00Z",
         "modified": "2026-02-02T20:45:00Z", "blocks": [
            ("title", "Worksheet - Hannah Price"),
            ("bold", "1. What is the difference between public, private and third sector organisations, and "
                     "what are the aims of your organisation?"),
            ("p", "Public sector organisations are run by the government or councils and paid for through "
                  "taxes, like the NHS and schools. Private sector organisations are owned by individuals "
                  "or shareholders and aim to make a profit, like shops and banks. Third sector "
                  "organisations are charities and social enterprises that put their money back into a "
                  "cause. Ashworth & Lyle is an independent department store, so it is in the private "
                  "sector. Its aims are to make a profit so it can stay independent, to be the best place "
                  "in Harrogate to shop for the home and for gifts, and to compete with online shops by "
                  "offering expert advice and a service they cannot match."),
            ("bold", "2. What is a brand promise?"),
            ("p", "A brand promise is what a company promises every customer they will experience, every "
                  "time they deal with it. Ours is \"Every visit a pleasure\", which means customers "
                  "should leave feeling the visit was enjoyable and worth the trip, whether they bought "
                  "something or just asked for directions."),
            ("bold", "3. What is meant by an organisation's core values?"),
            ("p", "Core values are the beliefs that guide how everyone in the company behaves. Ours are "
                  "Courtesy, Expertise and Community."),
            ("bold", "4. What is meant by service culture?"),
            ("p", "Service culture is the way customer service is done across the whole organisation, what "
                  "staff do without being told. At Ashworth & Lyle our values create our service culture: "
                  "because of Courtesy, staff walk customers to the item rather than pointing; because of "
                  "Expertise, we all have product training so customers get real advice; and because of "
                  "Community, we support local charities and know many of our regular customers by name. "
                  "New starters pick up the culture by watching how the rest of us treat people."),
            ("bold", "5. What is the purpose of an organisational policy?"),
            ("p", "A policy sets out the rules the organisation has decided on and why, so that staff act "
                  "consistently and customers are treated fairly. For example, our refunds policy makes "
                  "sure that every customer gets the same answer about returns, whichever desk they go to."),
            ("bold", "6. How do organisational policies and procedures impact the delivery of customer "
                     "service?"),
            ("p", "They can make customer service better or worse."),
            ("bold", "7. What should be included in a complaints process?"),
            ("p", "A complaints process should say how customers can complain, who deals with it, how quickly "
                  "they will get a reply, how the complaint is recorded, and what they can do if they are "
                  "still unhappy. Ours promises an acknowledgement within two days and a full answer within "
                  "ten days, and the complaint can go to the store manager if the customer is not happy."),
            ("bold", "8. What is meant by digital media?"),
            ("p", "Digital media is any content shared electronically, such as websites, social media, "
                  "emails, apps and online videos."),
            ("bold", "9. How do a code of practice or ethical standards affect customer service?"),
            ("p", "We are members of a retail trade association and follow its code of practice, which "
                  "means we must give clear prices, honour our returns promises and deal with complaints "
                  "fairly. We also have our own ethical sourcing standard, so I can tell customers where "
                  "our own-brand products are made and that the factories are checked. This affects "
                  "customer service because customers trust us more, and it means I must never say "
                  "something is \"reduced\" unless it was really sold at the higher price first."),
            ("bold", "10. What different types of measurement are used to monitor customer service levels?"),
            ("p", "We measure how many complaints we receive each month, how long customers queue at the "
                  "customer service desk at busy times, and the number of refunds and the reasons for them. "
                  "Our mystery shopper scores each department out of 100 every quarter."),
            ("bold", "11. What different types of evaluation tool can be used?"),
            ("p", "The store uses a customer survey on the back of every receipt, with a prize draw to "
                  "encourage people to fill it in, and online reviews are collected into a monthly report. "
                  "Our till system also produces reports, such as how many customers sign up for the loyalty "
                  "card. The managers look at these every month and share the results with us at the team "
                  "briefing."),
            ("bold", "12. What is the difference between providing a product and providing a service?"),
            ("p", "A product is something physical the customer takes away, like a kettle. A service is "
                  "something we do for the customer, like our gift wrapping or home delivery."),
            ("bold", "13. Why is it important to update your knowledge of your organisation's products and "
                     "services?"),
            ("p", "Because ranges and prices change every season, and if I give old information a customer "
                  "could buy the wrong thing or be charged a different price from what I told them, which "
                  "makes them lose trust in us. Customers come to a department store for advice they "
                  "cannot get online, so if I do not know the current products we lose the one advantage "
                  "we have. Up-to-date knowledge also means I can answer questions myself instead of "
                  "keeping customers waiting while I find someone."),
            ("bold", "14. Describe how to obtain informal and formal feedback from others."),
            ("p", "Informal feedback: asking a colleague how I handled a customer, and chatting to customers "
                  "at the end of a sale. Formal feedback: appraisals and one-to-ones with my manager, and the "
                  "mystery shopper report."),
        ]},
        {"path": INDUCTION, "kind": "pptx", "title": "Induction pack", "created": "2026-01-20T14:00:00Z",
         "slides": [
            {"title": "Welcome to the Customer Service Desk", "layout": "title",
             "body": ["Induction pack for new starters", "Ashworth & Lyle, Harrogate", "Prepared by Hannah Price"]},
            {"title": "Who we are",
             "body": ["Independent family-owned department store, founded 1921",
                      "Private sector: we need to make a profit to stay independent",
                      "Our aims: be Harrogate's first choice for home and gifts, and beat online shops on service"]},
            {"title": "Our brand promise",
             "body": ["\"Every visit a pleasure\"",
                      "Every customer should enjoy their visit, even if they do not buy anything"]},
            {"title": "Our values and our service culture",
             "body": ["Courtesy - we walk customers to what they need",
                      "Expertise - trained staff who give real advice",
                      "Community - we know our regulars and support local charities",
                      "The values are why our culture is personal, helpful and never pushy"]},
            {"title": "Policies you will use",
             "body": ["Refunds and exchanges - 28 days with a receipt, so every customer gets the same answer",
                      "Complaints - acknowledge in 2 days, full answer in 10",
                      "Cash handling - protects you and the business from mistakes",
                      "Lost property - logged and kept for 1 month"]},
            {"title": "The law and our service",
             "body": ["Consumer Rights Act 2015 - goods must be as described and fit for purpose, so faulty items are refunded or repaired",
                      "Equality Act 2010 - we make adjustments, for example a hearing loop at the desk and seats for customers who need them",
                      "UK GDPR - we only take the customer details we need, for example for deliveries"]},
            {"title": "Keeping information confidential",
             "body": ["Customers' names, addresses, phone numbers and card details are confidential",
                      "Your responsibility: never read details out loud, keep delivery forms in the locked tray",
                      "Lock the till screen when you step away",
                      "Report anything lost or sent to the wrong person to the duty manager straight away"]},
            {"title": "Health and Safety at Work Act",
             "body": ["The store must give you a safe place to work, training, safe equipment and risk assessments",
                      "You must take care of yourself and others, follow your training and report hazards",
                      "Example: report spills and keep the desk area clear of boxes"]},
            {"title": "Systems we use to help customers",
             "body": ["Till and stock system - check stock in every department and at our warehouse",
                      "Click and collect screen - find orders quickly so customers do not wait",
                      "Delivery booking system - book home delivery slots for large items",
                      "Radio - call a department expert to the desk"]},
            {"title": "How we measure our service",
             "body": ["Receipt survey and online reviews", "Mystery shopper score each quarter",
                      "Complaints and refund figures each month"]},
            {"title": "What we sell",
             "body": ["Homeware, furniture, fashion, beauty, toys and food hall",
                      "Services: gift wrapping, home delivery, wedding lists, personal shopping"]},
            {"title": "Features and benefits",
             "body": ["Feature: free wedding list service with online ordering",
                      "Benefit: couples' guests can buy from anywhere and the gifts arrive together",
                      "Feature: 5-year guarantee on our beds",
                      "Benefit: peace of mind for customers making a big purchase",
                      "Always tell the customer the benefit - that is what they care about"]},
            {"title": "Keeping your knowledge up to date",
             "body": ["Read the weekly product bulletin in the staff room",
                      "Go to the department briefings when new ranges arrive",
                      "Ask the department experts - they love to explain"]},
        ]},
        {"path": PDP, "kind": "docx", "title": "Personal development plan", "created": "2025-11-10T19:00:00Z",
         "modified": "2026-01-28T21:10:00Z", "blocks": [
            ("title", "Personal development plan - Hannah Price"),
            ("h1", "Section 1: Self-assessment"),
            ("p", "I rated my confidence in each of my customer service skills from 1 (not confident) to 5 "
                  "(very confident)."),
            ("table", [
                ["Skill", "Rating", "Comment"],
                ["Dealing with customers face to face", "5", "My strongest skill, I enjoy it"],
                ["Handling complaints", "3", "I can do simple ones but I get nervous with angry customers"],
                ["Product knowledge", "2", "I only know the departments near the desk"],
                ["Using the till and stock system", "4", "Fine except for exchanges across departments"],
                ["Phone manner", "3", "I speak too quickly"],
            ]),
            ("h1", "Section 2: SWOT"),
            ("p", "Strengths: friendly, patient, good with older customers, accurate with money. Weaknesses: "
                  "product knowledge outside my area, confidence with angry customers, speaking too fast on "
                  "the phone. Opportunities: department briefings, the store's complaint handling course, "
                  "shadowing the personal shopper. Threats: busy Christmas period with less time for "
                  "training."),
            ("h1", "Section 3: Development plan"),
            ("table", [
                ["Goal", "How", "By when", "Term"],
                ["Know the top ten products in every department", "Attend every department briefing and shadow each department for an hour",
                 "31 March 2026", "Short"],
                ["Handle complaints on my own confidently", "Complete the complaint handling course, then deal with five complaints with my manager observing",
                 "30 April 2026", "Medium"],
                ["Become a personal shopper", "Shadow the personal shopper once a month and complete the styling course",
                 "December 2026", "Long"],
            ]),
            ("p", "The main challenge is finding time in December, so I have asked to do the department "
                  "shadowing in January when the store is quieter."),
            ("h1", "Section 4: Feedback from others"),
            ("p", "I asked my manager Karen to look at my self-assessment and plan and tell me honestly "
                  "what she thought. I also asked two colleagues on the desk how I come across to "
                  "customers."),
            ("p", "Karen agreed with my goals but said I was underrating my complaint handling and that the "
                  "real problem was that I apologise too much and do not get to the solution quickly. "
                  "One colleague said I speak very fast when the queue is long."),
            ("p", "Actions I have taken: I now apologise once and then say what I can do, and I make myself "
                  "pause and check the customer has understood before moving on. Karen has noticed the "
                  "difference and I have handled two complaints on my own since then."),
        ]},
        {"path": CONFLICT, "kind": "docx", "title": "Conflict case study", "created": "2026-01-18T17:30:00Z",
         "blocks": [
            ("title", "Conflict and challenge case study"),
            ("h2", "The situation"),
            ("p", "In December a customer came to the desk with a coffee machine he had bought as a "
                  "Christmas present. It had stopped working after three weeks. He had already been to the "
                  "electrical department, who told him to come to me, and he was angry about being sent "
                  "round the store. He said loudly that this was \"typical\" and that he wanted a refund."),
            ("h2", "My approach"),
            ("p", "I stayed calm and patient, even though he was raising his voice and other customers were "
                  "watching. I kept a friendly face, spoke slowly and did not take it personally. I let him "
                  "finish what he wanted to say before I answered."),
            ("p", "I told him I was sorry he had been sent from one desk to another, and I asked him about "
                  "the present and what had gone wrong. It turned out the machine was for his wife, who had "
                  "been given it for Christmas and was upset that it had broken, so it mattered to him more "
                  "than the money."),
            ("h2", "Options and resolution"),
            ("p", "I explained his options clearly: because the machine was faulty within 30 days he was "
                  "entitled to a full refund, or I could exchange it for a new one today, or, if he wanted "
                  "a different model, I could refund it and walk him back to the department to choose "
                  "another. He chose an exchange, because his wife liked that model."),
            ("p", "I followed our refunds and exchanges procedure: I tested the machine at the desk to "
                  "confirm the fault, checked the receipt on the till system, processed the exchange and "
                  "labelled the faulty machine for return to the supplier."),
            ("p", "I kept him informed the whole time I was dealing with it, and he left happy with the "
                  "new machine."),
            ("p", "I recorded the complaint on the complaints log with the date, the product, the fault, "
                  "what the customer said and the exchange reference, and I noted that he had been sent "
                  "between departments, because my manager wants to know when that happens."),
            ("h2", "Taking ownership"),
            ("p", "I made sure this customer did not get passed on again. I dealt with everything myself "
                  "from start to finish, went to the stockroom for the replacement myself rather than "
                  "sending him back to electrical, and afterwards I spoke to the electrical supervisor so "
                  "that faulty items are brought straight to the desk by a member of staff in future."),
            ("h2", "Reflection"),
            ("p", "What went well was staying calm and finding out why it mattered to him. Next time I "
                  "would offer the customer a seat straight away, because he had been standing around the "
                  "store for a while."),
        ]},
        {"path": INFLUENCE, "kind": "docx", "title": "Influencing case study", "created": "2026-01-25T15:20:00Z",
         "blocks": [
            ("title", "Influencing skills case study"),
            ("p", "In November an older lady came to the desk to buy a gift card for her grandson's wedding. "
                  "I asked a few questions about the couple and found out that they had set up a wedding "
                  "list with us, but she did not know how it worked and thought it would be complicated."),
            ("p", "I offered her two options: a gift card, which she had come in for, or choosing a present "
                  "from their wedding list, which I could help her do at the desk. Both options met her "
                  "need for a present that was easy for her to buy, and the wedding list was good for the "
                  "store as well, because list sales bring the couple back to collect and often to buy more."),
            ("p", "I showed her the list on the screen and explained clearly how it would work for her: she "
                  "could see exactly what the couple wanted, nothing would be bought twice, and the present "
                  "would be delivered to the couple with her message, so she would not have to carry "
                  "anything home on the bus."),
            ("p", "She worried that she would not be able to see the present or that it would get lost. I "
                  "said that was a fair worry and explained that she could see a photo of every item, and "
                  "that I could print a card for her to give the couple on the day showing what she had "
                  "chosen. She was reassured and chose a set of glasses from the list."),
            ("p", "Reflection: asking questions first meant I found out about the wedding list, which suited "
                  "her better than a gift card. I need to remember to mention the list to other customers "
                  "buying wedding presents."),
        ]},
        {"path": TESTIMONY, "kind": "docx", "author": "Karen Doyle", "title": "Line manager testimony",
         "created": "2026-02-05T10:30:00Z",
         "blocks": [
            ("title", "Line manager testimony"),
            ("p", "Apprentice: Hannah Price. Line manager: Karen Doyle, Customer Service Manager, Ashworth & "
                  "Lyle."),
            ("h2", "Personal organisation"),
            ("p", "Hannah organises her workload well. Each morning we agree her tasks and deadlines, such "
                  "as getting the click and collect orders ready by 10am and processing the previous day's "
                  "refunds by noon, and she plans her day so the customer-facing jobs are never left "
                  "waiting."),
            ("p", "She keeps a daily task sheet at the desk and ticks jobs off as they are done, and she "
                  "uses the click and collect tracker on the till system to check how many orders are "
                  "still to be picked, so she can see her progress and tell me early if she will not make "
                  "the deadline."),
            ("p", "On the Saturday before Christmas the card payment system failed for an hour. Hannah stayed "
                  "professional and calm, set her admin aside, and organised a queue for cash and card "
                  "payments at the one working till while I contacted the bank. She caught up on the "
                  "refunds the same afternoon."),
            ("h2", "Team working"),
            ("p", "Hannah is positive and works well with everyone. She regularly offers to help other "
                  "departments at busy times, for example wrapping presents in the gift department on "
                  "Christmas Eve."),
            ("p", "She passes information on quickly and reliably. If a customer tells her about a problem "
                  "with a delivery, she phones the delivery team straight away and writes it in the desk "
                  "handover book, so the next shift knows."),
            ("p", "After her complaint handling course she shared the key points with the rest of the desk "
                  "team at our Monday briefing."),
            ("p", "She adapts the way she communicates. She is patient and slow with our older customers and "
                  "with a colleague who has dyslexia she explains things verbally rather than sending long "
                  "written instructions."),
            ("p", "Hannah often comes up with good ideas for the desk."),
            ("p", "Signed: Karen Doyle, 5 February 2026"),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "Ashworth & Lyle is an independent department store, so it is in the private sector."},
            {"file": INDUCTION, "phrase": "Private sector: we need to make a profit to stay independent"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "which means customers should leave feeling the visit was enjoyable"},
            {"file": INDUCTION, "phrase": "Every customer should enjoy their visit, even if they do not buy anything"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "At Ashworth & Lyle our values create our service culture"},
            {"file": INDUCTION, "phrase": "The values are why our culture is personal, helpful and never pushy"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "A policy sets out the rules the organisation has decided on and why"},
            {"file": INDUCTION, "phrase": "Refunds and exchanges - 28 days with a receipt, so every customer gets the same answer"}]},
        "M02-K5": {"status": "weak", "passages": [
            {"file": WORKSHEET, "phrase": "Digital media is any content shared electronically"}]},
        "M02-K6": {"status": "weak", "passages": [
            {"file": WORKSHEET, "phrase": "They can make customer service better or worse."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "Consumer Rights Act 2015 - goods must be as described and fit for purpose"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "Your responsibility: never read details out loud"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "The store must give you a safe place to work, training, safe equipment"},
            {"file": INDUCTION, "phrase": "You must take care of yourself and others, follow your training and report hazards"}]},
        "M03-K4": {"status": "missing", "passages": []},
        "M03-K5": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "We are members of a retail trade association and follow its code of practice"}]},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "Till and stock system - check stock in every department and at our warehouse"}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "We measure how many complaints we receive each month"},
            {"file": WORKSHEET, "phrase": "The store uses a customer survey on the back of every receipt"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "Benefit: couples' guests can buy from anywhere and the gifts arrive together"},
            {"file": INDUCTION, "phrase": "Always tell the customer the benefit - that is what they care about"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": INDUCTION, "phrase": "Read the weekly product bulletin in the staff room"}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": WORKSHEET, "phrase": "Because ranges and prices change every season"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": INFLUENCE, "phrase": "I offered her two options: a gift card, which she had come in for"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": INFLUENCE, "phrase": "explained clearly how it would work for her"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": INFLUENCE, "phrase": "She worried that she would not be able to see the present"}]},
        "M10-S4": {"status": "missing", "passages": []},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "Each morning we agree her tasks and deadlines"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "She keeps a daily task sheet at the desk and ticks jobs off as they are done"}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "Hannah stayed professional and calm, set her admin aside"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I stayed calm and patient, even though he was raising his voice"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I asked him about the present and what had gone wrong"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I explained his options clearly: because the machine was faulty"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I followed our refunds and exchanges procedure"}]},
        "M12-S5": {"status": "weak", "passages": [
            {"file": CONFLICT, "phrase": "I kept him informed the whole time I was dealing with it"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I recorded the complaint on the complaints log with the date"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": CONFLICT, "phrase": "I made sure this customer did not get passed on again."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": PDP, "phrase": "I rated my confidence in each of my customer service skills"},
            {"file": PDP, "phrase": "Strengths: friendly, patient, good with older customers"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": PDP, "phrase": "Know the top ten products in every department"}]},
        "M13-B3": {"status": "missing", "passages": []},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": PDP, "phrase": "I asked my manager Karen to look at my self-assessment and plan"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": PDP, "phrase": "Actions I have taken: I now apologise once and then say what I can do"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "She regularly offers to help other departments at busy times"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "She passes information on quickly and reliably."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "After her complaint handling course she shared the key points"}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": TESTIMONY, "phrase": "She adapts the way she communicates."}]},
        "M15-B5": {"status": "weak", "passages": [
            {"file": TESTIMONY, "phrase": "Hannah often comes up with good ideas for the desk."}]},
    },
}
