BUNDLE = {
    "name": "h05-tquk-report-online-retailer",
    "split": "heldout",
    "profile": "tquk-report",
    "container": "folder",
    "author_note": (
        "Online homeware retailer contact centre apprentice. Written report of about 2,840 words (under the 3,000 maximum): "
        "TQUK module headings for the four knowledge modules, then plain paragraphs with no headings "
        "for the skills and behaviours. Two appendix files (a team leader's witness testimony and a "
        "customer's email) hold the only evidence for adjusting priorities (M11-S3), keeping the "
        "customer informed (M12-S5) and adapting behaviour (M15-B4): appendix_only. Weak: social "
        "media policy (bare), health and safety (employer duties only), impact of breaking the law, "
        "why product knowledge matters, when the answer is no, ownership (claim), the development "
        "plan (one vague goal), ideas for improvement (bare). Missing: code of practice, PDP review."
    ),
    "files": [
        {"path": "Showcase Report - Daniel Okafor.docx", "kind": "docx", "blocks": [
            ("h1", "Customer Service Practitioner Showcase Report"),
            ("p", "Daniel Okafor - Customer Care Advisor, Lark & Loom Ltd"),
            ("p", "I joined the customer care team at Lark & Loom fifteen months ago as an apprentice. We "
                  "are an online homeware retailer selling furniture, bedding, lighting and home "
                  "accessories through our website. Our customer care centre is in Wellingford and has "
                  "about forty advisors. I answer phone calls, live chats and emails from customers about "
                  "their orders, deliveries, returns and products."),

            ("h2", "Understanding the Organisation"),
            ("p", "Organisations in the UK are in one of three sectors. The public sector is owned and "
                  "paid for by the government through taxes, for example the NHS, schools and the police. "
                  "The third sector is charities, community groups and social enterprises, which put any "
                  "money they make back into their cause. The private sector is businesses owned by "
                  "individuals or shareholders that need to make a profit to survive."),
            ("p", "Lark & Loom is a private limited company, so we are in the private sector. We have to "
                  "compete with lots of other online shops and the big high street chains, and customers "
                  "can compare prices in seconds, so we can't win only on price. That is why our aims are "
                  "about the experience as much as the products. Our aims for this year are to grow sales "
                  "by 15 per cent, to be the easiest homeware retailer to buy from, with a customer review "
                  "score of 4.6 out of 5 or higher, and to make all our deliveries carbon neutral by 2030."),
            ("p", "A brand promise is the promise a company makes to its customers about what they will "
                  "experience every time they buy from it. Lark & Loom's brand promise is 'Beautiful home, "
                  "no hassle'. The 'beautiful home' part is about the products being well designed and "
                  "good quality. The 'no hassle' part is where customer care comes in: if something goes "
                  "wrong with an order, the customer should not have to chase us or fight to get it put "
                  "right. When I deal with a problem I ask myself whether the customer is having to do "
                  "more work than they should."),
            ("p", "Core values are the beliefs that guide how everyone in the company behaves and makes "
                  "decisions. Service culture is the way the whole company thinks about and treats its "
                  "customers, what it is actually like to deal with us. Our core values are 'Own it', "
                  "'Be kind', 'Keep it simple' and 'Better every day'. They link directly to our service "
                  "culture. Because of 'Own it', advisors are trusted to sort out most problems themselves "
                  "instead of passing customers around departments. 'Keep it simple' is why we write "
                  "emails in plain English without policy wording. 'Be kind' means we are judged on how "
                  "customers feel after talking to us, not only on how fast we were. So the values are the "
                  "reason customers get the service they do."),
            ("p", "Policies set out the company's rules and the reasons for them, so every advisor treats "
                  "customers the same way and we stay within the law. Procedures are the steps we follow "
                  "to carry out a policy. The policies that affect my role most are:"),
            ("bullets", [
                "Returns policy - customers can return most items within 30 days for a refund, which is "
                "longer than the law requires. Items must be unused and in their original packaging "
                "unless they are faulty.",
                "Delivery policy - explains delivery timescales and what happens if a delivery is late, "
                "missed or damaged.",
                "Complaints procedure - any complaint not solved on first contact is logged, acknowledged "
                "within one working day and answered within five working days.",
                "Payment security policy - how card details must be handled.",
                "Goodwill gesture guidelines - advisors can offer up to £25 without a team leader's "
                "approval when we have let a customer down.",
            ]),
            ("p", "There is also a social media policy in the staff handbook."),
            ("p", "These policies have a big effect on the service I give. The goodwill guidelines mean I "
                  "can put things right for a customer on the same call instead of making them wait for a "
                  "team leader, which fits 'Own it'. The 30-day returns policy makes it easier to say yes "
                  "to customers who have changed their minds, but the rule about original packaging can "
                  "cause arguments, so I have to explain it carefully. The complaints procedure sets "
                  "deadlines that stop complaints being forgotten, but it also means I have to log things "
                  "properly even on a busy day, which takes time away from the queue."),

            ("h2", "Meeting Regulations and Legislation"),
            ("p", "The Consumer Rights Act 2015 says goods must be of satisfactory quality, fit for purpose "
                  "and as described. If a customer receives a faulty product they have a short-term right "
                  "to reject it and get a full refund within 30 days. This affects my job because when a "
                  "customer reports a fault I can't just offer a repair if they want their money back in "
                  "that time. The Consumer Contracts Regulations 2013 give customers who buy online 14 days "
                  "to cancel their order after it arrives, for any reason. Our returns policy gives "
                  "30 days, so we go further than the law, but I need to know the legal minimum because "
                  "some made-to-order items, like sofas in a chosen fabric, can't be returned if they are "
                  "not faulty. The Data Protection Act 2018 and UK GDPR control how we collect, store and "
                  "use customer information, which affects how I check a customer's identity and what I "
                  "can say to someone who isn't the account holder."),
            ("p", "Breaking these laws could get the company into trouble."),
            ("p", "For confidentiality, the information I must protect includes customers' names, addresses, "
                  "phone numbers, email addresses, order history and any notes on their account, for "
                  "example if they have told us about a disability. My responsibilities are to check the "
                  "customer's identity using their order number, postcode and email address before "
                  "discussing an order, never to take full card numbers over live chat or email, not to "
                  "share details with anyone else unless the customer has agreed, to lock my screen "
                  "whenever I leave my desk and not to write customer details on paper. Keeping "
                  "information confidential is important because customers trust us with their details "
                  "and their home address, and in the wrong hands that information could be used for "
                  "fraud or to target their home when a delivery is due."),
            ("p", "Under the Health and Safety at Work Act, Lark & Loom must make sure our workplace is safe. "
                  "They carried out a workstation assessment when I started, gave me a headset and a "
                  "footrest, and we have fire drills every six months and trained first aiders on every "
                  "floor."),

            ("h2", "Systems and Resources"),
            ("p", "We use several systems to meet customers' needs. Our ticketing system brings phone "
                  "calls, emails and live chats into one place, so whichever way a customer contacts us I "
                  "can see their whole history and they don't have to repeat themselves. The order "
                  "management system shows what a customer ordered, when it was dispatched and which "
                  "courier has it, and lets me arrange refunds and replacements. The courier tracking "
                  "portal lets me see exactly where a parcel is and book redeliveries. The knowledge base "
                  "has articles on every product and procedure, which I use when I get a question I "
                  "haven't had before. Live chat on the website lets customers get answers while they are "
                  "still shopping, which is important for people choosing expensive furniture."),
            ("p", "Lark & Loom measures customer service in several ways. After every contact the customer "
                  "gets a short survey asking them to rate their satisfaction from 1 to 5, and this gives "
                  "each advisor and the whole centre a satisfaction score (CSAT). We also track first "
                  "contact resolution, which is the percentage of problems sorted on the first call or "
                  "chat, and average handling time. The quality team listens to four of my calls or chats "
                  "a month and scores them against a quality scorecard, which checks things like whether "
                  "I verified the customer, showed empathy and gave the right information. The company "
                  "also watches its score on an independent review website and reads every one-star "
                  "review to find problems that keep happening."),

            ("h2", "Product and Service Knowledge"),
            ("p", "We sell products, such as sofas, beds, lamps and bedding, and services, such as our "
                  "two-person 'room of choice' delivery and our furniture assembly service. A product is "
                  "something the customer buys and owns. A service is something we do for the customer. A "
                  "feature is a fact about a product or service, what it has or does. A benefit is what "
                  "that feature does for the customer. For example, a feature of our Harlow sofa is that "
                  "it has removable covers that can go in the washing machine. The benefit is that "
                  "families with children or pets can keep it clean without paying for professional "
                  "cleaning. A feature of the room of choice delivery is that two people carry the item to "
                  "the room you want and take the packaging away. The benefit is that the customer doesn't "
                  "have to lift anything heavy or get rid of huge boxes."),
            ("p", "I keep my product knowledge up to date in several ways. Before each new collection "
                  "launches the buying team gives us a briefing and we get a product guide. Every Friday "
                  "our team has a fifteen-minute product huddle where someone presents one product. There "
                  "is a fabric and sample library in the office that we can look at and feel, so I can "
                  "describe colours and textures properly on chat. I also read the product pages and "
                  "customer questions on our website when I have quiet time."),
            ("p", "It is important that I keep my knowledge up to date so I can do my job properly."),

            ("p", "One example of influencing a customer was on live chat. A customer was looking at a "
                  "standard double bed frame but kept asking about sizes. I asked her some questions and "
                  "found out her bedroom was small, she had no room for a chest of drawers and she had a "
                  "bad back, so she didn't want a bed that was too low. I suggested our Linford ottoman "
                  "bed instead. It suited her because it has a large storage space under the mattress, so "
                  "she wouldn't need a chest of drawers, and it is higher than the frame she was looking "
                  "at. It was also better for the business because it was a higher-value sale and the "
                  "right product, so she would be less likely to return it."),
            ("p", "I explained it to her in simple terms: the whole base lifts up on a gas strut, so she "
                  "could store her winter clothes and spare bedding underneath without bending down to "
                  "drawers, and because the bed is 10 centimetres higher it would be easier to get in and "
                  "out of with her back. I sent her a link to the product page and the measurements so she "
                  "could check it would fit."),
            ("p", "She replied that it was £120 more than the other bed and she wasn't sure it was worth it. "
                  "I said I completely understood, and pointed out that she had mentioned buying a chest "
                  "of drawers as well, which would cost more than £120, so the ottoman bed would actually "
                  "save her money and space. I also told her that if she didn't like it she could return "
                  "it within 30 days. She thanked me for being honest and ordered the ottoman bed."),
            ("p", "Sometimes customers want things we can't do, like next-day delivery on furniture, and I "
                  "have to tell them no."),

            ("p", "At the start of each week my team leader, Ruth, agrees my targets and deadlines with me. "
                  "We must reply to every email within 24 hours and make any callbacks I have promised on "
                  "the day I promised them. Each morning I look at my open tickets and plan my day, doing "
                  "the emails closest to the 24-hour deadline and the booked callbacks first, and fitting "
                  "the less urgent tasks around them when the phones are quiet."),
            ("p", "To keep track of my work I use the follow-up reminders in our ticketing system, which "
                  "bring a ticket back to the top of my list on the date I set. I also keep a red, amber "
                  "and green list: red for anything due today, amber for tomorrow and green for later in "
                  "the week. I check it at the start of the day, after lunch and before I finish, so I can "
                  "see what is still outstanding and nothing is missed."),

            ("p", "My main example of dealing with a challenging customer was a phone call from a customer "
                  "whose new sofa had been delivered with a large tear in the back. It was the second time "
                  "this had happened, because the first sofa had been damaged too. She was shouting and "
                  "said she had taken a day off work twice for nothing."),
            ("p", "I stayed calm and didn't interrupt her. I let her explain everything and only spoke when "
                  "she had finished. I told her I was very sorry, and that I could completely understand "
                  "why she was angry, because she had lost two days' pay and still had no sofa for her "
                  "family. I asked her to send photos of the damage and asked when the sofa was for, and "
                  "she told me her parents were coming to stay in three weeks."),
            ("p", "I explained her options clearly. She could have a full refund, or I could arrange a "
                  "replacement with a Saturday delivery so she didn't have to take another day off. She "
                  "chose the replacement. "
                  "Following our delivery policy for damaged items, I arranged for the damaged sofa to be "
                  "collected when the new one was delivered, and under the goodwill guidelines I refunded "
                  "her delivery charge and added a £25 goodwill credit for the second failed delivery."),
            ("p", "I wrote everything in the ticket: the photos, the order numbers of both deliveries, the "
                  "options I had offered, what she chose, the collection booking and the goodwill "
                  "payment. I also linked her two tickets together so anyone picking up her case could see "
                  "the whole story."),
            ("p", "I always try to see things through to the end for my customers."),

            ("p", "At the start of my apprenticeship I did a skills scan with my tutor, scoring myself from "
                  "1 to 5 on each part of my role, and a SWOT analysis. My strengths were my typing speed "
                  "and my product knowledge. My weaknesses were handling complaints on the phone and "
                  "keeping my handling time down, because I spent too long on each call. An opportunity "
                  "was the complaints handling course the company runs, and a threat was the very busy "
                  "period before Christmas."),
            ("p", "I have a personal development plan with my tutor. One of my goals is to get better at "
                  "complaints."),
            ("p", "I ask for feedback in different ways. Informally, I ask the advisor next to me to listen "
                  "in when I have a difficult call and tell me what they would have done. Formally, I get "
                  "feedback from the quality team's scorecard every month, from my one-to-ones with Ruth "
                  "and from my reviews with my tutor. In February I asked Ruth to sit with me for an hour "
                  "and give me feedback on my calls."),
            ("p", "Ruth told me that I was explaining too much on calls, reading out whole sections of "
                  "policy when the customer only needed the answer. I took this on board and wrote myself "
                  "short answers for the ten questions I get most often. Over the next two months my "
                  "average handling time went down from nine minutes to just under seven, and my quality "
                  "score stayed the same. The quality team also said my empathy was good but I forgot to "
                  "summarise at the end of calls, so I started doing a quick summary of what will happen "
                  "next on every call, and this was marked as a strength at my next check."),

            ("p", "I work in a team of twelve advisors. I get on well with everyone and I help where I can. "
                  "I cover colleagues' breaks so the phones are always staffed, I swap shifts when someone "
                  "has an appointment, and when a colleague is stuck on a complicated order I help them "
                  "work through it so the customer isn't kept waiting."),
            ("p", "If I find out something that affects other customers, I tell the team straight away. For "
                  "example, when a courier told me their van had broken down with thirty of our orders on "
                  "it, I posted it in the team chat within a few minutes with the order numbers, so any "
                  "advisor taking a call from one of those customers could explain what had happened "
                  "instead of telling them it was out for delivery."),
            ("p", "I share what I learn with the team. After the complaints handling course I did a short "
                  "talk at our team meeting about the four steps we were taught, and I made a one-page "
                  "guide to our sofa fabrics with photos from the sample library, which Ruth has now put "
                  "on the shared drive for new starters."),
            ("p", "I have suggested some ideas to my team leader."),
        ]},
        {"path": "Appendix 1 - Witness testimony (Ruth Adeyemi).docx", "kind": "docx", "blocks": [
            ("h1", "Appendix 1 - Witness testimony"),
            ("p", "Witness: Ruth Adeyemi, Team Leader, Customer Care, Lark & Loom Ltd. I have been Daniel's "
                  "team leader since he joined us as an apprentice."),
            ("p", "In November our main courier's tracking system went down for most of a day, and calls "
                  "from worried customers doubled. Daniel had planned to spend the morning on his email "
                  "queue and callbacks. He came to me and suggested he move onto the phones, and we agreed "
                  "he would ring his booked callbacks first to tell them they might be a little later, "
                  "then stay on calls. He stayed calm and professional with customers even though he "
                  "could not give them tracking information, and at the end of the day he went back to "
                  "his emails and cleared everything within the 24-hour deadline."),
            ("p", "Daniel is good at changing his approach to suit the person. On one chat he realised the "
                  "customer, who told him she has a learning disability, was struggling with written "
                  "instructions, so he offered to call her instead and went through the return step by "
                  "step in short, simple sentences. When a new advisor joined who was very nervous on the "
                  "phones, Daniel noticed and let him listen to his calls for a morning before taking his "
                  "own, and checked in with him quietly rather than in front of the team."),
            ("p", "Signed: Ruth Adeyemi, Team Leader."),
        ]},
        {"path": "Appendix 2 - Customer feedback email.docx", "kind": "docx", "blocks": [
            ("h1", "Appendix 2 - Customer feedback"),
            ("p", "Email received by customer care and forwarded to me by my team leader. The customer's name "
                  "has been removed."),
            ("p", "Subject: Thank you to Daniel"),
            ("p", "I wanted to say thank you to Daniel in your customer care team. After my second sofa "
                  "arrived damaged I was ready to give up on Lark & Loom. Daniel rang me every couple of "
                  "days to tell me where the replacement had got to, even when there was no real news, "
                  "and he emailed me the Saturday delivery slot as soon as it was confirmed. The new sofa "
                  "arrived perfect."),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Lark & Loom is a private limited company, so we are in the private sector"},
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Organisations in the UK are in one of three sectors"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Lark & Loom's brand promise is 'Beautiful home, no hassle'"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "They link directly to our service culture"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Policies set out the company's rules and the reasons for them"},
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "any complaint not solved on first contact is logged"}]},
        "M02-K5": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "There is also a social media policy in the staff handbook."}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "These policies have a big effect on the service I give"}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "This affects my job because when a customer reports a fault"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "My responsibilities are to check the customer's identity using their order number"}]},
        "M03-K3": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Under the Health and Safety at Work Act, Lark & Loom must make sure our workplace is safe"}]},
        "M03-K4": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Breaking these laws could get the company into trouble."}]},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Our ticketing system brings phone calls, emails and live chats into one place"}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Lark & Loom measures customer service in several ways"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "A feature is a fact about a product or service, what it has or does"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I keep my product knowledge up to date in several ways"}]},
        "M07-K3": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "It is important that I keep my knowledge up to date so I can do my job properly."}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I suggested our Linford ottoman bed instead"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I explained it to her in simple terms: the whole base lifts up on a gas strut"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "She replied that it was £120 more than the other bed"}]},
        "M10-S4": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Sometimes customers want things we can't do, like next-day delivery on furniture"}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "At the start of each week my team leader, Ruth, agrees my targets and deadlines with me"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "To keep track of my work I use the follow-up reminders in our ticketing system"}]},
        "M11-S3": {"status": "appendix_only", "passages": [
            {"file": "Appendix 1 - Witness testimony (Ruth Adeyemi).docx",
             "phrase": "He came to me and suggested he move onto the phones"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I stayed calm and didn't interrupt her"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I could completely understand why she was angry"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I explained her options clearly. She could have a full refund"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "Following our delivery policy for damaged items"}]},
        "M12-S5": {"status": "appendix_only", "passages": [
            {"file": "Appendix 2 - Customer feedback email.docx",
             "phrase": "Daniel rang me every couple of days to tell me where the replacement had got to"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I wrote everything in the ticket: the photos, the order numbers"}]},
        "M12-S7": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I always try to see things through to the end for my customers."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I did a skills scan with my tutor, scoring myself from 1 to 5"}]},
        "M13-B2": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I have a personal development plan with my tutor"}]},
        "M13-B3": {"status": "missing", "passages": []},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I ask for feedback in different ways"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I took this on board and wrote myself short answers"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I cover colleagues' breaks so the phones are always staffed"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I posted it in the team chat within a few minutes with the order numbers"}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "After the complaints handling course I did a short talk at our team meeting"}]},
        "M15-B4": {"status": "appendix_only", "passages": [
            {"file": "Appendix 1 - Witness testimony (Ruth Adeyemi).docx",
             "phrase": "Daniel is good at changing his approach to suit the person"}]},
        "M15-B5": {"status": "weak", "passages": [
            {"file": "Showcase Report - Daniel Okafor.docx",
             "phrase": "I have suggested some ideas to my team leader."}]},
    },
}
