"""Active IQ component showcase (sample bundle c).

Fictional apprentice Aisha Rahman, customer service assistant at the fictional Willowmere
Garden Centre, a family-owned business.  Components follow Active IQ's list: worksheet (14
questions), induction pack, personal development plan (self-assessment, SWOT, SMART goals,
feedback), conflict and influencing case studies, line-manager testimony.  Active IQ does not
allow real customer names, so customers appear only as roles.  All prose is original.
"""

import ooxml as o

APPRENTICE = "Aisha Rahman"
EMPLOYER = "Willowmere Garden Centre"
MANAGER = "Gareth Pryce"
MANAGER_TITLE = "Customer Service Manager"

WORKSHEET = [
    ("1. What is the difference between public, private and third sector organisations?", [
        "Public: public sector organisations are owned or funded by central or local government and paid for "
        "mainly through taxes. They provide services that people need whether or not they can pay, such as "
        "hospitals, schools, libraries and bin collections.",
        "Private: private sector organisations are owned by individuals, families or shareholders and exist to "
        "make a profit. Willowmere Garden Centre is in the private sector: it is owned by the same family that "
        "opened it in 1979, and it must cover its costs and make a profit to keep trading.",
        "Third sector: third sector organisations include charities, community groups and social enterprises. "
        "They are not run for profit; any money left over is put back into their cause. Our local hospice, "
        "which runs a plant stall at the centre each spring, is a third sector organisation.",
    ]),
    ("2. What is meant by an organisation's 'brand promise'?", [
        "A brand promise is the experience a business commits to giving its customers every time they deal "
        "with it. It is more than a slogan, because staff have to live up to it. Willowmere's promise is "
        "\u201cGrown with care, sold with advice.\u201d Customers should expect healthy plants and staff who "
        "will take the time to help them choose the right thing for their garden. If a customer leaves with "
        "a plant that will not survive in their soil because nobody asked, we have broken the promise.",
    ]),
    ("3. What is meant by an organisation's core values?", [
        "Core values are the small set of beliefs that guide how everyone in an organisation behaves and makes "
        "decisions, from the owners to a Saturday assistant. They help staff decide what to do when there is "
        "no rule to follow. Willowmere's values are honesty, friendliness, expertise and care for the "
        "environment. For example, honesty means telling a customer that a cheaper plant will do the job "
        "just as well, and care for the environment is why we stopped selling peat-based compost.",
    ]),
    ("4. What is meant by service culture?", [
        "Service culture is the shared attitude towards customers across a whole organisation: the way things "
        "are really done, not just what the policy says. In a strong service culture everybody, including the "
        "staff who never meet customers, understands that their work affects the customer experience. At "
        "Willowmere the delivery drivers, the café team and the plant area staff all see themselves as part "
        "of customer service, and staff are trusted to sort out small problems themselves without needing a "
        "manager's permission.",
    ]),
    ("5. What is the purpose of an organisational policy?", [
        "A policy sets out an organisation's rules and intentions on a subject and the reasons for them, so "
        "that everyone acts consistently and within the law. Policies protect customers, staff and the business. "
        "Procedures sit underneath them and give the step-by-step instructions. For example, our refunds policy "
        "says that plants which fail within twelve months can be replaced, and the refunds procedure tells me "
        "how to check the receipt, inspect the plant and record the replacement on the till.",
    ]),
    ("6. How do organisational policies and procedures impact the delivery of customer service?", [
        "Policies and procedures make service consistent and fair, because every customer gets the same answer "
        "whoever serves them. They give staff confidence, since we know what we are allowed to offer. They also "
        "make service faster: the plant guarantee procedure lets me replace a plant on the spot instead of "
        "calling a manager. However, a policy applied without explanation can frustrate customers, so the way "
        "we explain it matters as much as the policy itself. Badly designed or out-of-date procedures can slow "
        "service down, which is why staff are asked to suggest improvements.",
    ]),
    ("7. What should be included in a complaints process/procedure?", [
        "A complaints procedure should include: how customers can complain (in person, by phone, email or the "
        "website); who will deal with the complaint; how quickly it will be acknowledged and resolved; how the "
        "complaint will be recorded and investigated; what remedies can be offered, such as a refund, "
        "replacement or goodwill gesture; how the customer will be kept informed; and what they can do if they "
        "are still unhappy. Ours acknowledges complaints within one working day and aims to resolve them within "
        "seven. Complaints are also reviewed monthly so the business learns from them.",
    ]),
    ("8. What is meant by digital media?", [
        "Digital media is any content created, shared or viewed on electronic devices. It includes websites, "
        "social media such as Facebook and Instagram, email, online reviews, messaging apps, online shops, "
        "videos and digital advertising. Willowmere uses digital media for its website and online click-and-"
        "collect shop, a monthly email newsletter for loyalty club members, and Facebook and Instagram posts "
        "about new stock and events. Our digital media policy says that only the marketing assistant posts for "
        "the business and that staff must not post photographs of customers or discuss work issues online.",
    ]),
    ("9. How do a code of practice or ethical standards affect customer service?", [
        "A code of practice sets out standards of good conduct for an industry, often beyond what the law "
        "requires, and ethical standards are principles about doing the right thing. They affect service by "
        "building trust: customers know what to expect and that they will be treated fairly. Willowmere follows "
        "the Horticultural Trades Association's code on plant labelling and is part of the Plant Healthy "
        "scheme for biosecurity, so I must make sure plants are labelled accurately and that I do not recommend "
        "plants that are invasive. Ethically, we do not pressure customers into buying, and we give honest "
        "advice even when it means a smaller sale.",
    ]),
    ("10. What different types of measurement are used to monitor customer service levels?", [
        "Measurements are numbers that show how well we are doing. Willowmere uses several. The first is queue "
        "time at the tills, which is checked at weekends; the target is no customer waiting more than five "
        "minutes. The second is the number of complaints each month and the percentage resolved within seven "
        "days. The third is the return rate under the plant guarantee, which tells us about plant quality and "
        "whether customers were given the right advice. We also track loyalty club sign-ups and repeat visits.",
    ]),
    ("11. What different types of evaluation tool can be used to monitor customer service levels?", [
        "Evaluation tools collect customers' views so the business can judge the quality of service. The first "
        "tool we use is an email survey sent to loyalty club members after a purchase, asking them to rate "
        "the advice and friendliness of staff. The second is online reviews on Google and Facebook, which the "
        "manager reads every week and replies to. We also use comment cards in the café and on the customer "
        "service desk, and an annual mystery shopper visit, which scores staff on greeting, product knowledge "
        "and how they close a sale.",
    ]),
    ("12. What is the difference between providing a product and providing a service? Give an example of each.", [
        "A product is a physical item that the customer buys and takes away or has delivered. A service is an "
        "activity carried out for the customer; it cannot be stored or owned, and its quality depends largely "
        "on the person delivering it.",
        "Product example: a 60-litre bag of peat-free compost, or a potted apple tree from the plant area.",
        "Service example: our local delivery service, our plant doctor sessions where customers bring in a "
        "sick plant for advice, or planting a hanging basket for a customer to collect later.",
    ]),
    ("13. Why is it important to update your knowledge of your organisation's products and/or services?", [
        "Products and prices change constantly in a garden centre: stock changes with the seasons, suppliers "
        "change, and new rules appear, such as the move away from peat. If my knowledge is out of date I could "
        "give wrong advice, quote the wrong price or recommend a product we no longer sell, which wastes the "
        "customer's time and damages trust. Up-to-date knowledge lets me match products to each customer's "
        "needs, answer questions with confidence, spot opportunities to offer related items, and reduce "
        "returns and complaints. It is also part of our brand promise of giving advice.",
    ]),
    ("14. Describe how to obtain informal and formal feedback from others. Give two examples of each.", [
        "Informal feedback is gathered casually and as it happens. Example one: asking a colleague who watched "
        "me deal with a customer at the desk what I could have done differently. Example two: noticing and "
        "asking about a customer's reaction, for example \u201cDid that answer your question?\u201d at the end "
        "of a conversation.",
        "Formal feedback is planned and recorded. Example one: my monthly one-to-one with my line manager, "
        "where we go through my progress against agreed targets. Example two: written feedback from the "
        "mystery shopper report or the customer survey results, which are shared with each member of staff.",
    ]),
]

INDUCTION = [
    ("Welcome to Willowmere Garden Centre", ["Induction pack for new customer service staff",
                                            "Prepared by Aisha Rahman, customer service assistant"], None),
    ("Who we are", [
        "Family-owned garden centre, opened in 1979",
        "Private sector business: we must make a profit to invest and grow",
        "Purpose: help local people enjoy their gardens",
        "About 45 staff across plants, shop, caf\u00e9, aquatics and delivery",
    ], "Start with the history: the centre was opened by the current owner's parents, and it is still family "
       "run. Make sure new staff understand we are a private business. Profit matters because it pays for the "
       "new glasshouse and our wages, but we earn it by helping customers, not by pushing sales."),
    ("Our aims, brand promise and values", [
        "Aims: be the first choice for gardeners within 15 miles; grow café and events income",
        "Brand promise: \u201cGrown with care, sold with advice\u201d",
        "Values: honesty, friendliness, expertise, care for the environment",
        "Service culture: everyone owns the customer experience",
    ], "Explain that the values are why our service culture works. Honesty and expertise mean we give real "
       "advice, friendliness means we greet everyone, and care for the environment is why we went peat-free. "
       "Because everyone owns the customer experience, a new starter should never say \u201cthat's not my "
       "department\u201d."),
    ("Policies and procedures you need to know", [
        "Customer service charter and plant guarantee (12 months)",
        "Complaints procedure: acknowledge in 1 working day, resolve in 7",
        "Refunds and exchanges; cash handling; lost property",
        "Safeguarding, especially at the grotto and school visits",
        "Data protection and the loyalty club",
    ], "Walk through where each policy is kept: the blue folder at the customer service desk and the staff "
       "area of the intranet. Spend the most time on complaints, because new staff worry about them most."),
    ("Social and digital media rules", [
        "Only the marketing assistant posts for Willowmere",
        "No photos of customers, children or the grotto on personal accounts",
        "Do not reply to reviews yourself; pass them to a manager",
        "Think before you post: comments can be linked back to us",
    ], None),
    ("Legislation that affects us", [
        "Consumer Rights Act 2015: goods must be as described and fit for purpose",
        "UK GDPR and Data Protection Act 2018: loyalty club and delivery details",
        "Equality Act 2010: reasonable adjustments, accessible tills and paths",
        "Health and Safety at Work etc. Act 1974; COSHH for chemicals and plant feeds",
        "Age-restricted sales: knives, some chemicals and alcohol in the caf\u00e9",
    ], "Point out that getting this wrong has consequences. Selling age-restricted goods to a child can mean a "
       "fine and losing our licence; a data breach can bring a fine from the Information Commissioner; a "
       "health and safety failure can lead to prosecution; and any of these damages the reputation the family "
       "has built over forty years."),
    ("Confidentiality", [
        "Confidential: customer names, addresses, phone numbers, card details, loyalty club data",
        "Also staff details, supplier prices and sales figures",
        "Never read addresses aloud at the till; lock the screen when you leave it",
        "Why it matters: customers trust us, and the law requires it",
    ], None),
    ("Health and safety: who does what", [
        "Employer: safe site, risk assessments, training, equipment, first aiders",
        "You: take care of yourself and others, follow training, use equipment properly",
        "Report spills, trip hazards and damaged trolleys straight away",
        "Lift safely: use the trolleys for compost and large pots",
    ], "Demonstrate the trolley and the two-person lift for large pots. Show where the accident book, first aid "
       "kits and the defibrillator are, and walk the fire evacuation route to the car park assembly point."),
    ("Systems and equipment", [
        "Till system linked to stock and the loyalty club",
        "Handheld scanners for stock checks and price look-ups",
        "Online shop orders and the click-and-collect shelf",
        "Delivery booking diary; radios for calling plant area staff",
        "How they help: faster queues, accurate prices, answers without leaving the customer",
    ], "In my own role I use the till, the handheld scanner to check stock for a customer without walking away, "
       "and the radio to call a plant specialist to the desk. Let the new starter practise each one."),
    ("How we measure our service", [
        "Till queue times at weekends: target under 5 minutes",
        "Complaints and resolution within 7 days",
        "Plant guarantee return rate",
        "Customer survey scores, Google reviews, annual mystery shopper",
    ], None),
    ("Our products and services", [
        "Products: plants, trees, seeds, compost, tools, furniture, gifts, aquatics, caf\u00e9 food",
        "Services: local delivery, plant doctor, basket planting, Christmas grotto, gardening workshops",
        "Loyalty club: points, newsletter, members\u2019 evenings",
    ], None),
    ("Features and benefits", [
        "Peat-free compost: feature \u2013 made from wood fibre and green waste; benefit \u2013 good results without harming peat bogs",
        "Delivery: feature \u2013 within 10 miles, next day; benefit \u2013 no heavy lifting or car full of soil",
        "Plant guarantee: feature \u2013 12 months; benefit \u2013 peace of mind to try something new",
    ], "Practise turning features into benefits with the new starter. A good test is to finish the sentence "
       "\u201cwhich means that you\u2026\u201d after describing a feature."),
    ("Keeping your knowledge up to date", [
        "Monday product briefing and the seasonal stock sheet",
        "Supplier training days and plant area walk-rounds",
        "Ask the specialists; read the plant labels and care cards",
        "Why: wrong advice costs customers money and costs us trust",
    ], "Finish by agreeing who the new starter will shadow in their first week, and book them onto the next "
       "supplier training day."),
]

SELF_ASSESSMENT = [
    ("Communication \u2013 verbal and listening skills", "Very confident"),
    ("Problem-solving (handling and resolving complaints and work issues)", "Quite confident"),
    ("Managing administration (paperwork and filing)", "Quite confident"),
    ("Time-management", "Quite confident"),
    ("Developing positive working relationships", "Very confident"),
    ("Having compassion and care for others", "Very confident"),
    ("Attitude towards work and the organisation", "Very confident"),
    ("Aptitude for learning and development", "Quite confident"),
    ("Literacy skills", "Very confident"),
    ("Numeracy", "Not confident"),
    ("IT skills", "Quite confident"),
    ("Product and service knowledge", "Not confident"),
]

SWOT = [
    ["Strengths", "Weaknesses"],
    ["Friendly and patient with customers; good listener; reliable timekeeping; confident with the till and "
     "loyalty club", "Limited plant knowledge outside bedding plants; nervous when handling complaints alone; "
     "numeracy when working out discounts and bulk prices quickly"],
    ["Opportunities", "Threats"],
    ["Supplier training days; the RHS Level 2 course the centre part-funds; shadowing the plant area "
     "specialists; taking on the online order desk", "Busy spring season leaves little time for training; "
     "online competitors with lower prices; staff turnover means fewer experienced people to learn from"],
]

GOALS = [
    ["Goal", "Actions", "Support", "Measure", "Target date", "Review date", "Progress update"],
    ["Short term: handle complaints on my own using the complaints procedure",
     "Shadow the manager on three complaints; then handle five with a debrief",
     "Gareth Pryce", "Five complaints resolved within 7 days with no escalation",
     "31 March 2026", "15 March 2026", "Achieved 28 March: five resolved, one needed a refund authorisation"],
    ["Short term: work out discounts and bulk prices without a calculator error",
     "Practise with the till training mode; learn the loyalty discount table",
     "Till supervisor", "No price corrections on my till for four weeks",
     "30 April 2026", "15 April 2026", "Achieved; extended to include trade account pricing"],
    ["Medium term: improve plant knowledge for perennials and shrubs",
     "Attend two supplier days; weekly plant area walk-round with a specialist",
     "Plant area team leader", "Score 80% on the centre's plant knowledge quiz",
     "30 June 2026", "31 May 2026", "Quiz score 72% in May; second supplier day booked"],
    ["Long term: complete RHS Level 2 Certificate in the Principles of Plant Growth",
     "Enrol for the September course; study two hours a week",
     "Employer part-funding; college tutor", "Pass both units",
     "31 July 2027", "31 December 2026", "Enrolment form submitted"],
]

CHALLENGES = ("Challenges I foresee: the spring season is our busiest time and training often gets "
              "cancelled. To overcome this, my manager and I have booked my plant area walk-rounds for Tuesday "
              "mornings, the quietest time of the week, and I will study for the RHS course at home on Sunday "
              "evenings rather than relying on work time.")

FEEDBACK = [
    "Who did you have the discussion with? Gareth Pryce, Customer Service Manager, my line manager. "
    "Signed and dated 20 May 2026.",
    "Record of discussion: Gareth agreed with most of my self-assessment but thought I had under-rated my "
    "problem-solving, because he has seen me sort out delivery mix-ups calmly. He agreed that plant knowledge "
    "is my main development area and suggested I focus on perennials first because they cause the most "
    "questions at the desk. He said my SMART goals were realistic but that the medium-term goal needed a "
    "clear measure, so we added the plant knowledge quiz score.",
    "How do I feel about the feedback? Encouraged. I was pleased he saw my problem-solving as a strength, and "
    "the comment about measures made sense because I would not have known when I had achieved the goal.",
    "How will I use it? I have added the quiz to my plan, and I will ask the plant area team leader to tell "
    "me each week which questions customers have been asking, so I learn the plants that matter most. I will "
    "review the plan with Gareth again at the end of June.",
    "Review of the plan's effectiveness: the short-term goals worked well because they had numbers and "
    "dates. The plant knowledge goal has been slower, so I have changed the action from general reading to "
    "a weekly walk-round with a specialist, which suits the way I learn.",
]

CONFLICT = [
    ("Overview of the situation", [
        "On a Saturday in April a customer came to the customer service desk with a receipt for a delivery of "
        "six bags of compost and two raised bed kits. The delivery had been booked for the Thursday. It had not "
        "arrived, nobody had phoned, and the customer had taken a day off work to wait in. She was very angry, "
        "raised her voice and said she wanted a full refund and would be posting a review warning people not "
        "to use us.",
    ]),
    ("The steps I took to support the customer", [
        "I invited her to the end of the desk, away from the queue, and offered her a seat. I let her explain "
        "everything before I said anything about the delivery. I then checked the delivery diary and found "
        "that her order had been put on the Friday route by mistake and marked \u201cno answer\u201d because "
        "the driver had the old address from a previous order on her loyalty account.",
    ]),
    ("My approach, attitude and demeanour", [
        "I stayed calm, kept my voice level and my body language open, and did not take her anger personally. I "
        "apologised sincerely for the wasted day, without making excuses, and showed that I understood why she "
        "was upset. I made eye contact and nodded to show I was listening.",
    ]),
    ("Communication skills I used", [
        "I used active listening, summarising what she had told me to check I had it right: \u201cSo the delivery "
        "was booked for Thursday, you stayed in all day and nobody called you.\u201d I used open questions to "
        "find out what she needed now, such as \u201cWhat would help you most at this point?\u201d, and closed "
        "questions to confirm her address and a convenient time.",
    ]),
    ("Possible resolutions", [
        "The options were: a full refund; redelivery that afternoon if a van was free; redelivery at a time of "
        "her choice the following week; or collection from the centre with help loading. In each case we could "
        "refund the delivery charge under our service recovery guidelines.",
    ]),
    ("The resolution I implemented", [
        "She still wanted the raised beds for a family visit the next weekend, so she chose redelivery. I radioed "
        "the yard, and a van was free at 2pm. I arranged delivery that afternoon, refunded the delivery charge "
        "of \u00a38.50, and updated the address on her loyalty account, with her permission, so the mistake could "
        "not happen again.",
    ]),
    ("Following organisational policies and procedures", [
        "I followed the complaints procedure: I logged the complaint, resolved it within the same day and used "
        "the service recovery guidelines for the refund. Refunds over \u00a325 need a manager's authorisation, "
        "but this one was within my limit. I followed the data protection policy by confirming her identity "
        "before changing her address.",
    ]),
    ("Sign-posting and referral to others", [
        "I referred the wrong route allocation to the delivery supervisor so he could check how it happened, "
        "and I told the customer I had done so. I also gave her the customer service email address in case "
        "she wanted to follow anything up in writing.",
    ]),
    ("Keeping the customer informed", [
        "I told her exactly what would happen and when, and I phoned her at 1.45pm to confirm the van had left. "
        "On Monday I called again to check everything had arrived in good condition and to let her know that "
        "the delivery supervisor had changed how addresses are checked when a route is printed.",
    ]),
    ("Records I kept", [
        "I recorded the complaint on the complaints log with the date, the customer's order number (no name), "
        "the problem, the options offered, the outcome, the refund amount and my follow-up calls. I also added "
        "a note to the delivery diary and to her loyalty account.",
    ]),
    ("Reflection", [
        "I think I dealt with the situation well. I stayed calm, took ownership instead of passing her to a "
        "manager, and made sure she got what she needed that day. What went well was checking the delivery "
        "diary straight away, because it showed me the real cause. What I would do better next time is to "
        "offer a drink and a seat in the caf\u00e9 while the van was loaded, as she waited at the desk for some "
        "time. The customer did not post a negative review; instead she left a comment card thanking me.",
    ]),
]

INFLUENCING = [
    ("Circumstances", [
        "In March a customer came into the shop asking for the strongest weedkiller we sold, because moss and "
        "weeds had taken over his lawn. He mentioned that he had a young dog and that his grandchildren played "
        "on the lawn at weekends.",
    ]),
    ("Steps I took to influence the customer", [
        "Before recommending anything, I asked open questions about the lawn: how much sun it got, whether "
        "water sat on it after rain, and when it was last fed. The answers suggested the real problems were "
        "shade and compaction, which is why the moss was winning. I explained this and suggested treating the "
        "cause rather than only the weeds.",
    ]),
    ("Why the product was right for his needs", [
        "I recommended a pet-friendly lawn feed with moss control, a hand aerator and a bag of shade-tolerant "
        "grass seed. These suited his needs because they are safe for the dog and the children once watered in, "
        "and they deal with the conditions that let the moss grow, so the problem would not simply return.",
    ]),
    ("Benefits to the customer and to the organisation", [
        "The customer got a healthier lawn that was safe for his family, with advice he could follow. The centre "
        "made a sale of three products instead of one, and, more importantly, gained a customer who trusted our "
        "advice; he joined the loyalty club that day.",
    ]),
    ("My approach, attitude and demeanour", [
        "I was friendly and relaxed and did not rush him. I made it clear that I was trying to solve his "
        "problem, not sell him as much as possible.",
    ]),
    ("Communication skills used and how I explained the benefits", [
        "I used open and closed questions, listened carefully and summarised back. I explained each product "
        "by its benefit: \u201cThis feed greens the grass and kills the moss, and once it's watered in it's "
        "safe for your dog.\u201d I used a picture on the seed box to show what the lawn could look like.",
    ]),
    ("Alternative options", [
        "The alternatives were the strong selective weedkiller he had asked for, or our lawn care partner who "
        "offers a professional treatment. I told him about both honestly.",
    ]),
    ("Handling objections", [
        "He objected that three products cost more than the weedkiller alone. I acknowledged this, explained "
        "that the weedkiller would not remove the moss, and pointed out that the aerator could be used every "
        "year. He accepted the feed and seed but decided against the aerator, saying he would borrow his "
        "neighbour's.",
    ]),
    ("When a mutually beneficial outcome could not be reached", [
        "He also asked if he could return any unopened seed in the autumn. Our policy does not allow returns of "
        "seed after 28 days because it is stored in varying conditions at home. I explained the reason, and "
        "offered to note on his loyalty account that he could bring any leftover seed in for advice on "
        "storing it over winter. He was not entirely happy but said the reason made sense.",
    ]),
    ("Reflection", [
        "What went well was finding out about the dog and the children early, which changed my recommendation "
        "completely. What I learned is that the first request is not always the real need. Next time I would "
        "mention the returns policy before the sale rather than after, so there is no surprise.",
    ]),
]

TESTIMONY = [
    ("Line-manager testimony", None),
    ("Apprentice name: Aisha Rahman", None),
    ("Manager name: Gareth Pryce    Job title: Customer Service Manager    Date: 22 May 2026", None),
    ("Personal organisation", "h"),
    ("Organise herself, prioritise her workload and work to meet deadlines: Aisha plans each shift from the "
     "desk diary and the online order list. She completes click-and-collect orders before the 11am "
     "deadline and keeps the delivery booking diary up to date without reminders.", None),
    ("Agree goals and deadlines with an appropriate person: we agree her goals at a monthly one-to-one and "
     "she writes them into her development plan with dates.", None),
    ("Prioritise and plan tasks according to agreed deadlines: customers at the desk come first, then orders "
     "due for collection that day, then returns paperwork. She explains her plan when I ask.", None),
    ("Use tools and techniques to monitor progress: she uses the order system's status column and a "
     "checklist for returns, ticking off each stage, so anyone can see where a task is.", None),
    ("Monitor and adjust priorities, and meet deadlines: in the last three months every click-and-collect "
     "order she prepared was ready by the promised time.", None),
    ("Respond professionally to challenges and changes: on the Saturday before Mother's Day two colleagues "
     "were off sick. Aisha moved from the desk to the tills without complaint, agreed with me which desk jobs "
     "could wait until Monday, and put a sign up so customers knew where to collect orders.", None),
    ("Team-working skills", "h"),
    ("Interpersonal skills, cooperation and positive working: Aisha is friendly, approachable and willing. "
     "She helps the plant area team with heavy loading when the desk is quiet and is popular with "
     "colleagues of all ages.", None),
    ("Communicating consistently and in a timely way: she passes delivery problems and customer requests to "
     "the right team straight away using the radio or the message book, and checks they have been picked up.", None),
    ("Adapting behaviour and communication: with our older Saturday volunteers she explains the till slowly "
     "and patiently; with the delivery drivers she keeps messages short and clear. She changes her approach "
     "without being told.", None),
    ("Sharing learning: after the delivery complaint described in her case study, she showed the desk team "
     "how to check the delivery address on the loyalty account before confirming a booking.", None),
    ("Presenting ideas for improvement: Aisha suggested adding a question about pets and children to our "
     "lawn care advice card, after her conversation with a customer about weedkiller. She brought me a draft "
     "card and explained why; it has been printed and is now used by the whole shop team.", None),
    ("Signed: Gareth Pryce", None),
]


def worksheet_docx():
    doc = o.Docx(title="Customer Service Practitioner worksheet", author=APPRENTICE)
    doc.title_para("Customer Service Practitioner worksheet")
    doc.p([o.run("Apprentice name: ", bold=True), APPRENTICE, "\t", o.run("Date: ", bold=True), "6 May 2026"])
    for question, answers in WORKSHEET:
        doc.heading(question, 2)
        for answer in answers:
            label, sep, rest = answer.partition(": ")
            if sep and label in ("Public", "Private", "Third sector", "Product example", "Service example"):
                doc.p([o.run(label + ": ", bold=True), rest])
            else:
                doc.p(answer)
    return doc


def induction_pptx():
    slides = []
    for i, (title, body, notes) in enumerate(INDUCTION):
        if i == 0:
            slides.append(o.Slide(title, body, layout="title", notes=notes))
        else:
            slides.append(o.Slide(title, body, notes=notes))
    checklist = o.Slide("Induction checklist", table=[
        ["Area", "Covered on slide"],
        ["Organisation, aims, brand promise, values and culture", "2 to 3"],
        ["Policies, complaints and digital media", "4 to 5"],
        ["Legislation, confidentiality, health and safety", "6 to 8"],
        ["Systems and service measures", "9 to 10"],
        ["Products, features and benefits, keeping up to date", "11 to 13"],
    ])
    slides.append(checklist)
    return o.Pptx(slides, title="Induction pack - " + EMPLOYER, author=APPRENTICE, notes_slide_numbers=True)


def pdp_docx():
    doc = o.Docx(title="Personal development plan - " + APPRENTICE, author=APPRENTICE)
    doc.title_para("Personal development plan")
    doc.p([o.run("Apprentice name: ", bold=True), APPRENTICE, "\t", o.run("Date: ", bold=True), "1 March 2026"])
    doc.heading("Section 1: Self-assessment", 1)
    doc.p("I rated my confidence in each skill in February 2026, then reviewed the ratings in May.")
    doc.table([["Skill", "Very confident", "Quite confident", "Not confident"]] +
              [[skill] + ["\u2713" if rating == col else "" for col in ("Very confident", "Quite confident", "Not confident")]
               for skill, rating in SELF_ASSESSMENT], widths=[4826, 1400, 1400, 1400])
    doc.p("Additional skills I feel I need: plant care knowledge for perennials and shrubs; confidence "
          "handling complaints on my own; using the online shop back office.")
    doc.heading("Section 2: SWOT analysis", 1)
    # Quadrant labels are bold rows of their own, as in Active IQ's template.
    doc.table([[o.para(o.run(c, bold=True)) for c in row] if ri % 2 == 0 else row
               for ri, row in enumerate(SWOT)], header=False, widths=[4513, 4513])
    doc.heading("Section 3: Development plan", 1)
    doc.p("My goals are SMART: specific, measurable, achievable and agreed, realistic and time-bound.")
    doc.table(GOALS, widths=[1600, 1600, 1100, 1400, 1100, 1100, 1126])
    doc.p(CHALLENGES)
    doc.heading("Section 4: Feedback from others", 1)
    for para in FEEDBACK:
        doc.p(para)
    return doc


def conflict_docx():
    doc = o.Docx(title="Conflict and challenge case study", author=APPRENTICE)
    doc.title_para("Conflict and challenge case study")
    doc.p("Apprentice: %s, %s. Customer details have been removed." % (APPRENTICE, EMPLOYER))
    for heading, paras in CONFLICT:
        doc.heading(heading, 2)
        for p in paras:
            doc.p(p)
    return doc


def influencing_odt():
    blocks = [o.odf_h("Influencing skills case study", 1),
              o.odf_p("Apprentice: %s, %s. Customer details have been removed." % (APPRENTICE, EMPLOYER),
                      "Text_20_body")]
    for heading, paras in INFLUENCING:
        blocks.append(o.odf_h(heading, 2))
        blocks.extend(o.odf_p(p, "Text_20_body") for p in paras)
    blocks.append(o.odf_h("Products offered", 2))
    blocks.append(o.odf_table([["Product", "Why it suited the customer"],
                               ["Pet-friendly lawn feed with moss control", "Treats moss safely with a dog and children"],
                               ["Shade-tolerant grass seed", "Fills bare patches under the trees"],
                               ["Hand aerator (declined)", "Relieves compaction every autumn"]]))
    return o.odt_bytes(blocks, title="Influencing skills case study", author=APPRENTICE)


def testimony_pdf():
    lines = []
    for text, kind in TESTIMONY:
        if kind == "h":
            lines += ["", text.upper(), ""]
        else:
            lines += o.wrap_lines([text])
    return o.pdf_bytes([lines], title="Line-manager testimony - " + APPRENTICE, author=MANAGER)


def words(text_list):
    return sum(len(t.split()) for t in text_list)


def build():
    worksheet, pdp, conflict = worksheet_docx(), pdp_docx(), conflict_docx()
    files = {
        "1 Worksheet.docx": worksheet.to_bytes(),
        "2 Induction pack.pptx": induction_pptx().to_bytes(),
        "3 Personal development plan.docx": pdp.to_bytes(),
        "4 Case study - conflict.docx": conflict.to_bytes(),
        "5 Case study - influencing.odt": influencing_odt(),
        "6 Line manager testimony.pdf": testimony_pdf(),
    }
    return o.zip_bytes(files, unix=True), {
        "worksheet words": worksheet.body_words(),
        "personal development plan words": pdp.body_words(),
        "conflict case study words": conflict.body_words(),
        "influencing case study words (prose)": words([p for _, ps in INFLUENCING for p in ps]),
        "testimony words": words([t for t, _ in TESTIMONY]),
        "induction pack slides": len(INDUCTION) + 1,
    }
