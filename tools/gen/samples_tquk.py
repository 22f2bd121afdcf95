"""TQUK-style presentation showcase (sample bundle b).

Fictional apprentice Daniel Osei, customer contact adviser at the fictional Wrenfield District
Council Customer Contact Centre.  Slide titles carry TQUK's ten showcase module names.

Deliberate features for the analyser:
  * 37 slides, two past TQUK's 35-slide limit (positions 36 and 37);
  * one hidden slide (position 23, show="0");
  * the module map slide is file slide37.xml but sits at position 3, as when a slide is
    added last and dragged up in PowerPoint, so file numbers and positions disagree;
  * speaker notes on most slides; a table on the module map slide.
All prose is original.
"""

import ooxml as o

APPRENTICE = "Daniel Osei"
EMPLOYER = "Wrenfield District Council Customer Contact Centre"

MODULE_MAP = [
    ["Module", "Slides"],
    ["Understanding the Organisation", "4 to 9"],
    ["Meeting Regulations and Legislation", "10 to 13"],
    ["Systems and Resources", "14 to 15"],
    ["Product and Service Knowledge", "16 to 18"],
    ["Influencing Skills", "19 to 21"],
    ["Personal Organisation", "22 to 24"],
    ["Dealing with Customer Conflict and Challenge", "25 to 28"],
    ["Developing Self", "29 to 31"],
    ["Being Open to Feedback", "32 to 33"],
    ["Team Working", "34 to 35"],
]

# (title, bullets, notes) in presentation order; the cover and module map are special-cased.
SLIDES = [
    ("About me and my role", [
        "Customer contact adviser since March 2025, apprentice since April 2025",
        "I answer phone calls, webchats and emails from residents",
        "Main topics: council tax, bins and recycling, parking permits, housing repairs",
        "Around 60 contacts a day, more in billing season",
        "Part of a team of 14 advisers and 2 team leaders",
    ], "Good morning. My name is Daniel Osei and I work in the customer contact centre at Wrenfield "
       "District Council. I joined the council in March last year and started my apprenticeship a month "
       "later. My job is to be the first point of contact for residents who phone, use the webchat on the "
       "council website, or email the general enquiries inbox. Most contacts are about council tax, bin "
       "collections, parking permits and reporting repairs in council homes. On a normal day I handle about "
       "sixty contacts, but in March, when the annual council tax bills go out, it can be nearer a hundred. "
       "I work in a team of fourteen advisers with two team leaders, and my line manager is Sam Whitfield."),
    ("Understanding the Organisation: public, private and third sector", [
        "Public sector: funded by taxes, run for the public good (councils, NHS)",
        "Private sector: owned by individuals or shareholders, aims to make a profit",
        "Third sector: charities and social enterprises, surplus reinvested in their cause",
        "Wrenfield District Council is a public sector organisation",
    ], "Before talking about my own organisation I want to show that I understand the three sectors. "
       "Public sector organisations are funded mainly through taxes and provide services that everyone is "
       "entitled to, like councils, the NHS and the police. Private sector organisations are owned by "
       "individuals or shareholders and need to make a profit to survive, so customers usually have a choice "
       "whether to buy from them. Third sector organisations, such as charities and social enterprises, are "
       "not run for profit: any surplus goes back into their cause. The council is public sector. That makes "
       "a difference to customer service, because many of our customers cannot go elsewhere. If they are "
       "unhappy with their bin collection they cannot switch provider, so we have a duty to get it right."),
    ("Understanding the Organisation: our purpose and aims", [
        "Purpose: deliver local services for about 118,000 residents",
        "Council plan aims: clean and green district, good homes, thriving town centres",
        "Customer contact aim: resolve enquiries at first contact wherever possible",
        "Channel shift: make online services easy so phone lines are free for those who need them",
    ], "The council exists to provide local services to the 118,000 people who live in the district. The "
       "council plan for 2024 to 2028 has three aims: a clean and green district, good quality homes, and "
       "thriving town centres. Our contact centre supports all three, because we are where residents report "
       "missed bins, fly-tipping and housing repairs. Our own service aim is to resolve as many enquiries as "
       "possible at the first contact, without passing residents from department to department. We are also "
       "asked to encourage channel shift, which means helping people who are able to use online forms to do "
       "so, so that the phone lines stay free for residents who are elderly, disabled or not online."),
    ("Understanding the Organisation: brand promise", [
        "A brand promise is what customers can expect every time they deal with us",
        "Our promise: \u201cListen, help, follow through\u201d",
        "Listen: let the resident explain in their own words",
        "Help: give a clear answer or a clear next step",
        "Follow through: do what we said, when we said",
    ], "A brand promise is the experience an organisation commits to giving its customers every time, "
       "whatever the channel. Even a council has one. Ours was launched with the new customer charter in "
       "2023 and it is three words: listen, help, follow through. Listening means not rushing residents, even "
       "when the queue is long. Helping means that every contact ends with either an answer or a clear next "
       "step, with a timescale. Following through means that if I promise a call back on Thursday, the resident "
       "gets that call on Thursday. I find the third part the hardest when we are busy, which is why I keep a "
       "call-back list on my desk and check it twice a day."),
    ("Understanding the Organisation: core values and service culture", [
        "Core values: the beliefs that guide how staff behave and make decisions",
        "Our values: Respect, Fairness, Openness, Pride in our place",
        "Service culture: the shared way the whole council treats residents",
        "Values drive the culture: fair rules applied with respect and explained openly",
    ], "Core values are the beliefs an organisation uses to guide decisions and behaviour. The council's "
       "values are respect, fairness, openness and pride in our place. Service culture is the shared attitude "
       "to customers across the whole organisation, not just in the contact centre. Ours is a culture where "
       "residents should be treated as individuals and given honest answers, even when the answer is not what "
       "they want. The link is direct. Because we value fairness, we apply the same rules to everyone, for "
       "example on council tax discounts. Because we value openness, we explain those rules instead of hiding "
       "behind them. And because we value respect, we do it politely even when a resident is frustrated."),
    ("Understanding the Organisation: policies and the complaints procedure", [
        "Policies set out what the council expects; procedures set out the steps",
        "Key ones for me: customer charter, complaints, data protection, safeguarding, unacceptable behaviour",
        "Complaints: stage 1 reply within 10 working days, stage 2 within 20",
        "After stage 2 residents can go to the Local Government and Social Care Ombudsman",
    ], "A policy explains what the organisation expects and why, and a procedure gives the steps to follow. "
       "The ones I use most are the customer charter, the complaints policy, data protection, safeguarding, and "
       "the unacceptable behaviour policy, which protects staff from abuse. A good complaints procedure should "
       "be easy to find, explain how to complain, set timescales, say who will investigate, and tell people "
       "what to do if they are still unhappy. Ours has two stages: a stage one reply within ten working days "
       "from the service, and a stage two review within twenty working days by a senior officer. After that, "
       "residents can take their complaint to the Ombudsman. I log complaints and tell residents exactly what "
       "will happen next."),
    ("Understanding the Organisation: digital media policy", [
        "Digital media: websites, social media, email, webchat, apps and online forms",
        "Only the communications team post on council social media accounts",
        "No council business or resident details on personal accounts",
        "Webchat: approved wording, no personal opinions, transcripts kept for 12 months",
    ], "Digital media covers any content delivered electronically, including websites, social media, email, "
       "webchat, apps and online forms. The council's digital media policy says that only the communications "
       "team can post or reply on the council's Facebook, X and Nextdoor accounts. Staff must not discuss "
       "council business or residents on their own accounts, and should be careful about identifying "
       "themselves as council employees when they post personally. For webchat, which I use every day, we "
       "have approved wording for common answers, we must not give personal opinions on council decisions, "
       "and the transcripts are kept for twelve months in case of complaints. If I see a complaint on social "
       "media, I pass it to the communications team instead of responding myself."),
    ("Meeting Regulations and Legislation: the laws that shape our service", [
        "Equality Act 2010 and the public sector equality duty",
        "UK GDPR and Data Protection Act 2018",
        "Freedom of Information Act 2000",
        "Health and Safety at Work etc. Act 1974 and display screen regulations",
        "Local Government Finance Act 1992 (council tax)",
    ], "These are the main pieces of legislation that affect our customer service. The Equality Act 2010 "
       "means we must not discriminate, and as a public body we also have a duty to think about equality in "
       "everything we do. That is why we offer a text relay service and translated letters. UK GDPR and the "
       "Data Protection Act control how we use personal information, which I cover on slide 12. The Freedom "
       "of Information Act gives anyone the right to request information the council holds, and I need to "
       "recognise a request and pass it to the information team within a day. Health and safety law protects "
       "me and my colleagues. Council tax law sets out who must pay and which discounts exist, and I must "
       "apply it accurately."),
    ("Meeting Regulations and Legislation: what happens if we get it wrong", [
        "Equality: legal claims, Ombudsman findings, loss of trust from communities",
        "Data protection: fines of up to \u00a317.5 million, reprimands made public",
        "Freedom of Information: enforcement notices from the Information Commissioner",
        "Health and safety: prosecution, unlimited fines, staff harm",
        "All of them: damage to reputation and higher costs for residents",
    ], "For a distinction I want to show the impact of failing to meet these laws. If we discriminated "
       "against a resident, they could take a claim to court or to the Ombudsman, and the council could be "
       "ordered to pay compensation. Reputational damage matters just as much, because people who feel "
       "treated unfairly stop contacting us at all. A data breach can lead to a fine from the Information "
       "Commissioner and, for public bodies, the reprimand is published. Ignoring Freedom of Information "
       "deadlines can bring enforcement notices. Health and safety failures can lead to prosecution and "
       "unlimited fines, but more importantly someone could be hurt. In every case it is residents who pay "
       "in the end, through their council tax."),
    ("Meeting Regulations and Legislation: confidentiality", [
        "Confidential: names, addresses, bank details, benefit and council tax records",
        "Special care: health, disability, safeguarding and domestic abuse information",
        "My responsibilities: security questions, clean desk, locked screen, need-to-know sharing",
        "Never confirm a resident\u2019s address or details to a third party",
    ], "Confidentiality matters because residents give us information they would not share with anyone "
       "else, and because misuse could put people at risk. We hold names, addresses, bank details for direct "
       "debits, council tax and benefit records, and sometimes health information or details of domestic "
       "abuse. My responsibilities are to pass security questions before discussing any account, to keep a "
       "clean desk, to lock my screen whenever I leave it, and to share information with other teams only when "
       "they need it to help the resident. One important example: I must never confirm a resident's address "
       "to a caller, even if they say they are a relative, because that could put someone fleeing abuse in "
       "danger."),
    ("Meeting Regulations and Legislation: health and safety at work", [
        "Employer: safe workplace, risk assessments, training, equipment, welfare",
        "Employee: take care of self and others, follow training, report hazards",
        "Display screen assessments and adjustable desks for advisers",
        "Support after difficult calls: debrief with team leader, employee assistance line",
    ], "Under the Health and Safety at Work Act my employer must provide a safe place of work, assess risks, "
       "give training and information, provide safe equipment and look after welfare. In a contact centre "
       "the main risks are display screen use, stress and the occasional abusive caller. The council carries "
       "out workstation assessments, provides headsets and adjustable chairs, and has an employee assistance "
       "line. My responsibilities as an employee are to take reasonable care of myself and others, follow my "
       "training, use equipment properly and report hazards. After a particularly distressing call last winter "
       "I used the debrief with my team leader, which is part of our procedure, and it helped."),
    ("Systems and Resources: the tools I use", [
        "Customer relationship management (CRM) system: every contact logged against the resident",
        "Council tax and waste systems for account checks and bookings",
        "Telephony with call queues, call recording and wallboard",
        "Webchat console with approved responses",
        "Online forms and the text reminder service",
    ], "These are the systems I use to meet residents' needs. The CRM system records every contact, so any "
       "adviser can see the history when a resident calls back. I use the council tax system to check balances "
       "and set up payment arrangements, and the waste system to book bulky collections and check missed bin "
       "reports against the crews' records. The telephony system queues calls, records them for quality and "
       "training, and feeds the wallboard, which shows how many people are waiting. The webchat console lets "
       "me handle up to three chats at once. I also help residents sign up for the text reminder service, which "
       "tells them the day before their collection."),
    ("Systems and Resources: measuring service levels", [
        "Measurements: calls answered within 60 seconds, abandonment rate, first contact resolution",
        "Average handling time, checked alongside quality scores",
        "Evaluation tools: post-call survey, webchat rating, quality monitoring",
        "Complaints and compliments data, reported monthly",
        "Results shared at the monthly team meeting with actions agreed",
    ], "We use measurements and evaluation tools to check the level of service. The measurements are "
       "numbers, such as the percentage of calls answered within sixty seconds, the abandonment rate, and "
       "first contact resolution, which is the percentage of enquiries sorted without a transfer or call back. "
       "Average handling time is measured too, but our team leaders look at it alongside quality scores so "
       "that nobody rushes residents. The evaluation tools tell us how residents feel: a two-question survey "
       "at the end of calls, a star rating after webchats, quality monitoring of recorded calls against a "
       "checklist, and monthly reports on complaints and compliments. Last quarter our first contact "
       "resolution was 78 percent."),
    ("Product and Service Knowledge: what we provide", [
        "Services: council tax, waste and recycling, housing repairs, parking, licensing enquiries",
        "Products residents buy: garden waste subscription, bulky waste collection, parking permits",
        "Also: new and replacement bins, pest control, room bookings at the civic centre",
        "Signposting: benefits advice, county council services, partner charities",
    ], "Although we are a council, we provide both services and a few products that residents pay for. The "
       "core services are council tax, waste and recycling collections, repairs for council tenants, "
       "parking and general licensing enquiries. The paid-for products include the garden waste subscription, "
       "bulky waste collections, parking permits, replacement bins and pest control treatments. We also signpost "
       "residents to services we do not provide, such as the county council for roads and schools, and partner "
       "charities for debt advice. Knowing what belongs to us and what belongs to someone else saves residents "
       "from being passed around."),
    ("Product and Service Knowledge: products versus services, features and benefits", [
        "Product: something tangible the customer owns or uses, e.g. a replacement bin",
        "Service: something done for the customer, e.g. a fortnightly collection",
        "Garden waste feature: 240-litre brown bin, 22 collections a year",
        "Benefit: no trips to the tip, and the waste becomes compost",
    ], "A product is something tangible the customer receives, like a replacement wheelie bin. A service is "
       "an activity done for them, like the fortnightly collection itself. The garden waste subscription "
       "combines both: the brown bin and the collections. When I talk to residents I try to separate features "
       "from benefits. The features are a 240-litre bin and twenty-two collections a year for a fixed annual "
       "price. The benefits are what those features mean to the resident: no car trips to the recycling centre, "
       "a tidier garden, and knowing their waste becomes compost. Residents decide based on benefits, so that "
       "is what I lead with."),
    ("Product and Service Knowledge: keeping my knowledge up to date", [
        "Daily team briefing and the knowledge base updates",
        "Service change bulletins before every policy or price change",
        "Shadowing: a day with the waste crews and the council tax team",
        "Why it matters: wrong information creates repeat calls and complaints",
    ], "Council services change often: prices rise every April, collection days change at bank holidays, and "
       "new schemes start. I keep up to date through the daily briefing at the start of each shift, the "
       "knowledge base, which is updated whenever something changes, and the service bulletins sent before "
       "any change goes live. I also asked to spend a day out with a waste crew and a day with the council tax "
       "team, which helped me explain their work properly. Keeping up to date matters because wrong information "
       "leads to repeat calls, complaints and, sometimes, money refunded. It also matters for trust: if I sound "
       "unsure, residents lose confidence in the answer."),
    ("Influencing Skills: identifying needs", [
        "Open questions to understand the situation",
        "Closed questions to confirm details",
        "Listening for the need behind the request",
        "Example: a call to cancel garden waste because of cost",
        "Summarise back to check I have understood before offering anything",
    ], "Influencing starts with finding out what the resident actually needs, which is not always what they "
       "ask for. I use open questions to let them explain, like \u201cCan you tell me a bit more about what's "
       "happening?\u201d, and closed questions to confirm facts, such as their address and collection day. I "
       "also listen for the need behind the request. On the next two slides I use an example from October, when "
       "an older resident rang to cancel her garden waste subscription. The request was to cancel, but when I "
       "asked why, the real need was that she could no longer wheel the heavy bin to the kerb since her hip "
       "operation."),
    ("Influencing Skills: offering options \u2013 garden waste example", [
        "Option 1: assisted collection \u2013 the crew collects the bin from her garden",
        "Option 2: a smaller 140-litre bin at the same price",
        "Option 3: cancel, with a pro-rata refund",
        "She chose the assisted collection and kept her subscription",
        "Outcome: her need met, and the council kept a paying customer",
    ], "Once I understood the need I offered three options, explaining each in terms of what it would do for "
       "her. First, an assisted collection, where the crew collects the bin from the garden and returns it, "
       "which is free for residents who cannot move their bins. Second, a smaller bin that would be easier to "
       "handle. Third, cancelling, with a refund for the remaining months. I explained that with the assisted "
       "collection she would keep her tidy garden without any lifting. She chose that option. Her need was met "
       "and the council kept a paying subscriber, which was a mutually beneficial result. I recorded the "
       "assisted collection request and confirmed it to her in writing."),
    ("Influencing Skills: objections and when the answer is no", [
        "Objection: \u201cWhy should I pay when next door gets it free?\u201d",
        "Acknowledge, explain the fair rule, check understanding",
        "When there is no win-win: explain the reason and the options that remain",
        "Example: bulky waste collection could not be brought forward",
    ], "Residents do raise objections. A common one about garden waste is that a neighbour seems to get "
       "it free. I acknowledge the concern, explain that everyone pays the same and that the neighbour may use "
       "a community compost scheme, and then check they are happy with the explanation. Sometimes no mutually "
       "beneficial outcome is possible. In December a resident wanted a bulky waste collection the next day "
       "because he was moving out. The earliest slot was eight days away and I could not change that. I "
       "explained why the crews are booked in advance, offered the earliest slot, and told him about the "
       "recycling centre's opening times and the reuse charity that collects furniture. He was not pleased, "
       "but he understood."),
    ("Personal Organisation: planning my day", [
        "Goals and deadlines agreed with my team leader each month",
        "Start of shift: check call-backs, emails and the day\u2019s briefing",
        "Priorities: residents waiting, promised call-backs, then emails within 3 days",
        "Tools: call-back log, Outlook calendar and tasks, CRM follow-up flags",
    ], "My goals and deadlines are agreed with my team leader at our monthly one-to-one. For example, my "
       "target is to reply to emails within three working days and to return every promised call back on the "
       "agreed day. At the start of each shift I check my call-back log, my email queue and the briefing. "
       "Residents waiting on the phone or webchat always come first, then promised call-backs, then emails in "
       "date order. I monitor progress with a call-back log, Outlook tasks with reminders, and follow-up "
       "flags in the CRM, which remind me when a case needs action. Last quarter I met the email deadline for "
       "98 percent of messages."),
    ("Backup: my weekly planner (not presented)", [
        "Monday: email queue and call-back log",
        "Tuesday to Thursday: phones and webchat",
        "Friday: quality review and learning time",
    ], "Backup slide kept in case the assessor asks about my planner. Hidden so it is not shown during the "
       "presentation."),
    ("Personal Organisation: adjusting priorities", [
        "Storm in November: 400 missed bin reports in two days",
        "Team leader moved me from emails to phones",
        "I agreed new email deadlines and told waiting residents",
        "Back on target within a week",
        "Suggested an automatic holding reply, now used in every incident",
    ], "Plans have to change. In November a storm caused two days of missed collections and we received "
       "about four hundred reports. My team leader asked me to move from the email queue to the phones. I "
       "agreed that I would stop emails for two days, and I suggested sending an automatic holding reply to "
       "everyone who emailed so they knew we would respond late. I then shared the backlog with two colleagues "
       "on the following Monday and we were back within the three-day target by Thursday. I think this shows "
       "that I can respond professionally to changes and adjust priorities while keeping residents informed."),
    ("Dealing with Customer Conflict and Challenge: the situation", [
        "Resident\u2019s third missed collection in six weeks",
        "Angry on the phone, raising his voice, threatening to withhold council tax",
        "Had already been promised a call back that never came",
        "My aim: calm the call, understand the problem, fix it properly",
    ], "The conflict example I want to talk about happened in February. A resident rang about his third "
       "missed recycling collection in six weeks. He had been promised a call back after the second one and "
       "nobody had called. He was shouting and said he would stop paying his council tax. I could understand "
       "why he was angry: from his point of view we had broken our promise twice. My aim was to calm the call "
       "down, find out what was actually going wrong, and fix it rather than just log another report."),
    ("Dealing with Customer Conflict and Challenge: listening and questioning", [
        "Let him speak without interrupting, then acknowledged his frustration",
        "Apologised for the missed call back",
        "Open questions: what happens on collection day?",
        "Discovered parked cars were blocking the lorry",
        "Checked the crew records while he was still on the line",
    ], "I let him finish without interrupting, then acknowledged how frustrating it must be and apologised "
       "that the promised call back had not happened. That changed the tone straight away. I used open "
       "questions to understand what was happening on collection day, and closed questions to check the "
       "dates. He mentioned that cars were often parked across the end of his cul-de-sac. When I checked the "
       "crew records in the waste system, the lorry had marked the road as \u201cno access\u201d on all three "
       "days. So the real problem was access, not the crew forgetting."),
    ("Dealing with Customer Conflict and Challenge: resolution and ownership", [
        "Options explained: special collection this week, access review, assisted pull-out",
        "Arranged a catch-up collection within 48 hours",
        "Referred to the waste team for an access review",
        "Took ownership: I would call him back myself",
    ], "I explained the options clearly. The crew could return for a catch-up collection within forty-eight "
       "hours, the waste team could review access to the road, and if needed the crew could pull the bins "
       "from a different point. He agreed to all three. I booked the catch-up collection, sent a referral to "
       "the waste team supervisor with the dates and the access notes, and told him I would personally call "
       "him back by Friday with the outcome. Under our procedure this was a service request, not a formal "
       "complaint, but I told him how to make a complaint if he wanted to. He said he would wait to see if it "
       "was sorted."),
    ("Dealing with Customer Conflict and Challenge: keeping the customer informed and records", [
        "Every step recorded in the CRM with dates and actions",
        "Call back on Thursday: collection done, access review booked",
        "Second call after the review: new collection point agreed",
        "No further missed collections since February",
    ], "Every step went into the CRM, including what he had told me, the options offered and the actions "
       "taken, so any colleague could pick it up. On Thursday I called him back: the catch-up collection had "
       "happened and the supervisor had visited the road. The following week I called again to tell him the "
       "crew would now collect from the end of the road on the main street side. There have been no missed "
       "collections since. Looking back, I kept calm and took ownership. Next time I would check the crew "
       "records earlier in the call, because it would have shortened the conversation."),
    ("Developing Self: self-assessment", [
        "Self-assessment at month 3 using a skills checklist and call reviews",
        "Strengths: product knowledge, calm manner, accurate records",
        "Weaknesses: confidence on council tax recovery calls, typing speed on webchat",
        "Compared with my team leader\u2019s view to check it was realistic",
    ], "Three months into the apprenticeship I did a self-assessment using a skills checklist from my "
       "training provider, and I listened back to five of my recorded calls. My strengths were a calm manner, "
       "good knowledge of waste services, and accurate notes. My weaknesses were confidence on council tax "
       "recovery calls, where residents are often in debt and upset, and my typing speed on webchat, which "
       "made residents wait. I then asked my team leader to rate the same checklist, so I could check that my "
       "view of myself was realistic. We mostly agreed, but she rated my questioning skills higher than I had."),
    ("Developing Self: my personal development plan", [
        "Goal 1: complete council tax recovery training and take 20 recovery calls by month 6",
        "Goal 2: raise typing speed from 32 to 45 words per minute by month 7",
        "Goal 3: shadow the housing repairs team for two days by month 9",
        "Each goal has actions, support and a review date",
    ], "From the self-assessment I wrote a personal development plan with SMART goals. The first was to "
       "complete the council tax recovery training and handle twenty recovery calls by month six, with my "
       "team leader listening to the first five. The second was to raise my typing speed from thirty-two to "
       "forty-five words per minute by month seven, using a free online typing course for fifteen minutes a "
       "day. The third was to shadow the housing repairs team for two days so I could handle repairs calls "
       "without transferring them. Each goal had actions, the support I needed and a review date."),
    ("Developing Self: reviewing and updating the plan", [
        "Reviewed every 8 weeks with my team leader and skills coach",
        "Goal 1 met early; new goal: handle payment arrangements without referral",
        "Goal 2 extended by one month after a busy billing season",
        "Learning: short daily practice works better for me than long sessions",
    ], "I reviewed the plan every eight weeks. I met the first goal early, so I replaced it with a harder "
       "one: agreeing payment arrangements on my own, without referring them to a senior adviser. The typing "
       "goal slipped because March was so busy that I skipped practice, so we extended it by one month and I "
       "reached forty-six words per minute in October. The shadowing is booked. Reviewing the plan showed me "
       "that I learn best with short daily practice rather than long sessions, and I have used that for other "
       "goals too."),
    ("Being Open to Feedback: how I seek feedback", [
        "Informal: asking colleagues after tricky calls, team huddles, resident comments",
        "Formal: monthly quality reviews, one-to-ones, apprenticeship reviews",
        "Resident feedback: post-call survey and webchat ratings",
        "I ask specific questions, not just \u201chow am I doing?\u201d",
    ], "I get feedback informally and formally. Informally, I ask the adviser next to me to listen in when "
       "I am unsure, I talk through difficult calls in the team huddle, and I read the comments residents leave "
       "in the survey. Formally, my team leader scores three of my recorded calls every month against the "
       "quality checklist, and we discuss them at my one-to-one. My skills coach also gives feedback at each "
       "apprenticeship review. I have learned to ask specific questions, such as \u201cDid I explain the "
       "payment options clearly?\u201d, because general questions get general answers."),
    ("Being Open to Feedback: acting on it", [
        "Feedback: I used council jargon such as \u201cS&R\u201d and \u201cassisted lift\u201d",
        "Action: plain-English list of phrases on my desk",
        "Result: quality score for clear explanation rose from 3 to 5",
        "Shared the list with two new starters",
    ], "One piece of feedback really changed how I work. My team leader noticed in a call review that I was "
       "using council jargon, like \u201cS and R\u201d for sweeping and refuse, and \u201cassisted lift\u201d. "
       "At first I did not realise I was doing it, because everyone in the office talks that way. I made a list "
       "of the terms I used most and wrote plain-English alternatives, which I keep on my desk. Over the next "
       "two months my score for clear explanations went from three to five. I later gave copies of the list to "
       "two new starters, and it has now been added to the induction pack."),
    ("Team Working: working with others", [
        "Shared call-back cover when colleagues are off",
        "Passing cases to back-office teams with full notes",
        "Adapting: written summaries for one colleague, quick chats for another",
        "Team messages during incidents so everyone gives the same answer",
    ], "Team working in a contact centre is about making sure residents get the same good service whoever "
       "answers. When a colleague is off, we share their call-backs so no promise is broken. When I pass a "
       "case to a back-office team, I include full notes so they do not have to call the resident again. I "
       "adapt the way I communicate: one colleague prefers written summaries, another prefers a quick chat. "
       "During incidents, such as the storm in November, I post updates in the team channel as soon as I hear "
       "anything from the waste team, so that every adviser gives residents the same information."),
    ("Team Working: sharing learning and ideas", [
        "Shared my plain-English phrase list with the team",
        "Idea: a missed collection checklist for the first call",
        "Presented it to the team leaders with data from 30 calls",
        "Adopted in January; repeat calls about missed bins down 15%",
    ], "I share what I learn, like the plain-English phrase list. I also presented an idea to improve "
       "practice. After the conflict call I looked at thirty missed collection calls and noticed that advisers "
       "rarely checked the crew records during the first call, which led to repeat calls. I suggested a short "
       "checklist for the first call: check crew notes, ask about access, and give a realistic date. I "
       "presented it to the team leaders with the figures. They trialled it in January, and repeat calls about "
       "missed bins fell by fifteen percent over two months."),
    ("Summary and thank you", [
        "I understand how the council works and the rules that shape our service",
        "I use our systems and knowledge to resolve enquiries at first contact",
        "I have developed through feedback and my personal development plan",
        "Thank you for listening \u2013 I am happy to take questions",
    ], "To sum up, I have shown how the council works, the laws and policies that shape our service, the "
       "systems I use and the products and services we provide. I have given examples of influencing, "
       "handling conflict, organising my work and working in a team, and I have shown how I have developed "
       "through feedback and my personal development plan. Thank you for listening. I am happy to answer any "
       "questions about anything I have covered. My witness statement and some emails from residents are "
       "included with this presentation as supporting evidence."),
    ("Appendix: glossary of contact centre terms", [
        "FCR \u2013 first contact resolution",
        "AHT \u2013 average handling time",
        "CRM \u2013 customer relationship management system",
        "Assisted collection \u2013 bins collected from the property for residents who need help",
        "Channel shift \u2013 moving residents who can self-serve to online forms",
        "Wallboard \u2013 screen showing calls waiting and answer times",
    ], None),
]

HIDDEN_POSITION = 23
TABLE_POSITION = 3


def deck():
    """Slides in presentation order, then re-numbered so the module map is file 37."""
    cover = o.Slide("Apprentice showcase: " + APPRENTICE, layout="title", body=[
        "Customer Service Practitioner (ST0072)",
        EMPLOYER,
        "TQUK showcase \u2013 presentation option",
    ])
    module_map = o.Slide("How this presentation maps to the modules", table=MODULE_MAP)
    ordered = [cover]
    for title, bullets, notes in SLIDES:
        ordered.append(o.Slide(title, bullets, notes=notes))
    ordered.insert(TABLE_POSITION - 1, module_map)
    ordered[HIDDEN_POSITION - 1].hidden = True
    assert len(ordered) == 37 and ordered[HIDDEN_POSITION - 1].title.startswith("Backup")
    # Files keep their creation order; the map slide was made last (slide37.xml) and dragged to position 3.
    files = [s for i, s in enumerate(ordered) if i != TABLE_POSITION - 1] + [module_map]
    order = [files.index(s) + 1 for s in ordered]
    return o.Pptx(files, title="Apprentice showcase - " + APPRENTICE, author=APPRENTICE, order=order,
                  notes_slide_numbers=True), ordered


WITNESS = [
    "Witness statement",
    "Apprentice: Daniel Osei, Customer Contact Adviser",
    "Witness: Sam Whitfield, Team Leader, Customer Contact Centre, Wrenfield District Council",
    "Relationship to apprentice: line manager since March 2025",
    "I have managed Daniel since he joined the contact centre and have listened to many of his calls as "
    "part of our monthly quality checks.",
    "Daniel plans his work well. He keeps an accurate call-back log and meets the deadlines we agree at "
    "his one-to-ones; in the last quarter he returned every promised call back on the agreed day. When I "
    "moved him from emails to phones during the November storm, he agreed revised deadlines with me "
    "without fuss and suggested the automatic holding reply that we now use during incidents.",
    "I listened to the recording of the missed collection call he describes in his presentation. He "
    "stayed calm while the resident was shouting, apologised sincerely, and asked good questions. He "
    "took ownership, arranged the catch-up collection, referred the access problem to the waste team and "
    "called the resident back twice, as promised. His CRM notes were clear enough for anyone to follow.",
    "Daniel is a supportive team member. He covers colleagues' call-backs, passes on information from "
    "the back-office teams quickly, and adapts the way he explains things for different colleagues. His "
    "plain-English phrase list is now part of our induction pack, and the missed collection checklist he "
    "proposed, with evidence from thirty calls, has reduced repeat calls.",
    "I confirm that this statement is a true account of Daniel's work.",
    "Signed: Sam Whitfield    Date: 2 June 2026",
]

EMAILS = """From: Resident (name removed) <resident1@example.net>
To: contact@wrenfield-dc.example
Date: Tue, 14 Oct 2025 10:12:00 +0100
Subject: Thank you - garden waste

Dear Daniel,

Thank you for your help on the phone yesterday. I was ready to cancel my garden waste bin because I
can't push it down the drive any more since my operation. I didn't know the crew could collect it
from the garden. The men came this morning and put it back by the shed. You were very patient with me.

Kind regards,
Mrs B.

------------------------------------------------------------------------

From: Resident (name removed) <resident2@example.net>
To: contact@wrenfield-dc.example
Date: Fri, 20 Feb 2026 16:40:00 +0000
Subject: Re: Missed recycling - ref 2026-0211-448

Daniel,

Just to say the lorry came round the other side this morning and emptied everything. I admit I
was not very polite on Monday, so thank you for sorting it properly and for ringing back when you
said you would. That is a first.

J. T.

------------------------------------------------------------------------

From: Team Leader <sam.whitfield@wrenfield-dc.example>
To: Contact Centre Advisers
Date: Mon, 12 Jan 2026 08:05:00 +0000
Subject: New first-call checklist for missed collections

Morning all,

From today please use the missed collection checklist that Daniel put together (on the shared drive
under Knowledge > Waste). He looked at thirty of our calls and found that most repeat calls came from
not checking the crew notes first time. Three steps: check crew notes, ask about access, give a
realistic date. Let's see what difference it makes over the next two months.

Thanks, Sam
"""


def witness_docx():
    doc = o.Docx(title="Witness statement - Daniel Osei", author="Sam Whitfield")
    doc.title_para(WITNESS[0])
    for line in WITNESS[1:4]:
        doc.p(line, spacing_after=60)
    for line in WITNESS[4:]:
        doc.p(line)
    return doc


def build():
    pptx, ordered = deck()
    slide_words = [sum(len(t.split()) for t in s.text_items()) for s in ordered]
    note_words = [len(s.notes.split()) for s in ordered if s.notes]
    tar = o.tar_bytes({
        "Showcase presentation - Daniel Osei.pptx": pptx.to_bytes(),
        "evidence/witness-statement.docx": witness_docx().to_bytes(),
        "evidence/customer-emails.txt": EMAILS,
    }, dirs=("evidence",))
    return o.gzip_bytes(tar), {
        "slides": len(ordered),
        "slide text words min/avg/max": (min(slide_words), sum(slide_words) // len(slide_words), max(slide_words)),
        "notes words min/avg/max (%d slides with notes)" % len(note_words):
            (min(note_words), sum(note_words) // len(note_words), max(note_words)),
    }
