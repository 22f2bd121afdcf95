BUNDLE = {
    "name": "h01-highfield-presentation-building-society",
    "split": "heldout",
    "profile": "highfield-presentation",
    "container": "zip",
    "author_note": (
        "Mid-strength writer. Building society branch counter apprentice; slide deck following "
        "Highfield's sample presentation format (front slide, task dividers, 17 topic slides, "
        "appendix), most of the detail in speaker notes. Weak: social media policy (bare mention), "
        "health and safety (employee duties only), impact of breaking the law (one line), tools to "
        "monitor tasks (no tool named), PDP review (only planned), adapting behaviour (bare claim). "
        "Missing: code of practice, explaining when an outcome cannot be reached."
    ),
    "files": [
        {"path": "Showcase presentation - Jordan Whitlock.pptx", "kind": "pptx", "slides": [
            {"title": "Customer Service Practitioner Apprentice Showcase",
             "body": ["Name: Jordan Whitlock",
                      "Date of Birth: 14/06/2005",
                      "Employer: Pennine Mutual Building Society (Brackenford branch)"],
             "notes": ["Good morning. My name is Jordan and I have worked as a customer service adviser "
                       "apprentice at the Brackenford branch of Pennine Mutual Building Society for "
                       "fourteen months. I work on the counter, answer the branch phone and do some of "
                       "the back office jobs. This presentation follows the three tasks."]},
            {"title": "Task 1 - Understanding your organisation and what it does",
             "body": ["Who we are, what we promise, how we work and what we sell"],
             "notes": ["This part should take about ten minutes."]},
            {"title": "The aims of the organisation",
             "body": ["A building society - owned by our members, not by shareholders",
                      "Private sector, but a mutual",
                      "Help members save for the future and buy their own homes",
                      "Keep a branch in towns where the banks have left"],
             "notes": ["There are three sectors. The public sector is run by the government and paid for "
                       "by taxes, like the NHS or the council. The third sector is charities and other "
                       "not-for-profit groups like the food bank. The private sector is businesses that "
                       "are not funded by the government.",
                       "We are in the private sector, but we are different from a bank because we have "
                       "no shareholders. Anyone with a savings account or a mortgage with us is a member "
                       "and the members own the society. That means when we make a profit it goes back "
                       "to members through better savings rates and cheaper mortgages, not paid out to "
                       "investors.",
                       "Our aims are to help members save for the future, to help people buy their own "
                       "homes, and to keep branches open on the high street. Brackenford shows why this "
                       "matters: the last bank in the town closed in 2022, so we are now the only place "
                       "where people can pay in cash or speak to someone face to face about their money."]},
            {"title": "The organisation's brand promise",
             "body": ["'Here for you, here to stay'"],
             "notes": ["A brand promise is what a company promises its customers they will get every "
                       "time they deal with it. It's not just a slogan because the staff have to live up "
                       "to it.",
                       "Ours is 'Here for you, here to stay'. 'Here for you' means a member can walk in "
                       "and talk to a real person who will take the time to help them. 'Here to stay' "
                       "means the society has promised to keep its branches open. For me it means I "
                       "can't rush someone away from the counter just because there is a queue. If an "
                       "older member wants me to go through the interest on her passbook again, I do it."]},
            {"title": "The organisation's core values and service culture",
             "body": ["Honest", "Personal", "Fair", "Community-minded"],
             "notes": ["Core values are the main beliefs that guide how everybody in the society behaves, "
                       "from the chief executive down to apprentices like me. Service culture is the way "
                       "the whole organisation thinks about and treats its members, what it is actually "
                       "like to be served by us.",
                       "Our values shape our service culture. Because we are 'Personal', we greet regular "
                       "members by name and we have no sales targets on the counter, so when we "
                       "recommend an account it is because it suits the member and not because we need "
                       "the numbers. Because we are 'Honest', we tell members if another of our accounts "
                       "would pay them more, even if it means less profit for us. Because we are "
                       "'Community-minded', the branch runs a free money talk at the library every "
                       "quarter. So the values are not just a poster in the staff room, they are the "
                       "reason the service feels the way it does."]},
            {"title": "The policies and procedures that affect your customer service role",
             "body": ["Complaints procedure - acknowledge within 5 working days, final response within 8 weeks",
                      "Identification and verification (ID&V) procedure",
                      "Vulnerable customers policy",
                      "Cash handling and security procedure"],
             "notes": ["A policy says what the society expects and why, and a procedure gives the steps to "
                       "follow. The complaints procedure makes sure every complaint is recorded and "
                       "dealt with fairly and that the member knows when they will hear back. The ID&V "
                       "procedure protects members' money from fraud, so I check photo ID or ask the "
                       "security questions before I talk about an account. The vulnerable customers "
                       "policy helps us notice when somebody needs extra support, for example after a "
                       "bereavement or if they seem to be under pressure from someone else. The cash "
                       "handling procedure keeps staff and members safe and makes sure the tills balance.",
                       "These policies change how I give service every day. The ID&V checks make some "
                       "transactions slower, and members who have banked with us for thirty years "
                       "sometimes get annoyed when I ask for ID, but nobody can take their money by "
                       "pretending to be them. The complaints procedure means I can't just say sorry and "
                       "move on, I have to log it even if I fix it there and then, and that helps head "
                       "office spot problems. The vulnerable customers policy gives me permission to "
                       "slow down, take someone into the private room or stop a payment if I am worried, "
                       "so the member gets more help than the normal service would give them."]},
            {"title": "The social media policy",
             "body": ["Pennine Mutual social media policy"],
             "notes": ["We have a social media policy which everyone in the branch has to read and sign "
                       "once a year. I have signed it. It is on the intranet if anyone needs to check "
                       "something."]},
            {"title": "Features and benefits of products and services",
             "body": ["Product: Regular Saver account",
                      "Feature: save £10 to £250 a month at a fixed rate for 12 months",
                      "Benefit: builds a saving habit and you know what you will have at the end",
                      "Service: free mortgage appointment with our adviser"],
             "notes": ["A feature is a fact about a product or service, something it has or does. A "
                       "benefit is what that feature means for the customer, the reason it makes their "
                       "life easier or better. Members usually care more about the benefit than the "
                       "feature.",
                       "For example, a feature of the Regular Saver is that the rate is fixed for twelve "
                       "months. The benefit is that the member doesn't have to worry about the rate "
                       "dropping, and they can plan for something like a holiday. Another feature of "
                       "our mortgage appointments is that they can be done by video from the branch. The "
                       "benefit is that members don't have to travel to the head office in Halton Moor "
                       "to see an adviser.",
                       "A product is something the member has, like an account or a mortgage. A service "
                       "is something we do for them, like the mortgage appointment or changing their "
                       "address for them."]},
            {"title": "How you maintain your knowledge or products and services",
             "body": ["Weekly 'Rate Watch' email from head office",
                      "Morning huddle with the branch manager",
                      "E-learning on the staff learning hub",
                      "Asking our mortgage adviser when I'm not sure"],
             "notes": ["Every Monday head office sends the Rate Watch email with any rate changes and new "
                       "accounts. Lorraine, my branch manager, goes through anything important at the "
                       "huddle before we open. When a new account comes out there is an e-learning "
                       "module with a quiz that I have to pass, and if I'm unsure about something I ask "
                       "our mortgage adviser rather than guessing.",
                       "Keeping my knowledge up to date matters because our savings rates can change "
                       "twice in a month when the Bank of England moves the base rate. If I gave a "
                       "member an old rate they might move their savings on wrong information and lose "
                       "interest, and that would go against our value of being honest and could end up "
                       "as a complaint. Members trust what we tell them, so I have to be right."]},
            {"title": "Task 2 - Customer service essentials",
             "body": ["The law, our systems, confidentiality, health and safety and planning my work"],
             "notes": ["This part should take about fifteen minutes."]},
            {"title": "Legislation and regulation",
             "body": ["Financial Conduct Authority (FCA) rules and the Consumer Duty",
                      "Data Protection Act 2018 and UK GDPR",
                      "Equality Act 2010",
                      "Money laundering regulations"],
             "notes": ["We are regulated by the FCA. The Consumer Duty means we must show we are giving "
                       "members good outcomes, so we explain products in a way they understand and we "
                       "must not sell something that isn't right for them. That is why I always go "
                       "through the summary box with a member before they open an account.",
                       "The Equality Act means we make reasonable adjustments, so we have a hearing loop "
                       "on the counter and we print statements in large print for members who ask. The "
                       "money laundering regulations mean that if someone pays in a large amount of cash "
                       "I have to ask where it came from and sometimes fill in a form. Members don't "
                       "always like being asked, but we have no choice. Data protection is covered on my "
                       "confidentiality slide.",
                       "If we broke these rules the society could get a big fine."]},
            {"title": "Technology and systems",
             "body": ["Counter system - paying in, withdrawals, transfers",
                      "Member record system - contact details, notes, alerts",
                      "Queue tablet at the door",
                      "Video link to the mortgage team"],
             "notes": ["The counter system is what I use for every transaction. It shows me the balance "
                       "and checks that the member has signed, so I can serve people quickly and "
                       "accurately. The member record system has their details and any notes, for "
                       "example if someone has asked for large print or has a power of attorney, so I "
                       "can give them the right service without them having to explain again. The queue "
                       "tablet at the door lets members check in for the counter or for an appointment, "
                       "and it tells us how long people are waiting so we can open a second till. The "
                       "video link means a member can see a mortgage adviser from our branch without "
                       "travelling.",
                       "We measure our service in different ways. After a visit members get a text "
                       "asking how likely they are to recommend us from 0 to 10, which gives our Net "
                       "Promoter Score, and the branch gets the results every month. A mystery shopper "
                       "visits twice a year and scores us on things like the greeting and whether we "
                       "offered a savings review. Head office also counts the complaints for each "
                       "branch, and the queue tablet records how long members waited."]},
            {"title": "Planning and prioritising tasks",
             "body": ["Start of day: back office jobs and deadlines given out at the huddle",
                      "Members waiting at the counter always come first",
                      "Back office: post, cheques, ISA transfers"],
             "notes": ["Every morning Lorraine shares out the back office jobs at the huddle and tells us "
                       "the deadline for each one. Cheques have to be processed by 3pm to go off that "
                       "day and ISA transfer forms have to be sent within five working days. I plan my "
                       "day by doing the job with the earliest deadline first in the quiet spell after "
                       "opening, and I leave the post until after lunch because it has no deadline.",
                       "I make sure I keep on top of everything and I check my jobs are done before I go "
                       "home.",
                       "One Monday the cash machine outside broke and there was a queue out of the door, "
                       "and Beth was off sick so we were a person down. I spoke to Lorraine and we agreed "
                       "I would stay on the counter all morning and move the ISA transfer paperwork to "
                       "the afternoon, because members waiting in the branch were more urgent and the "
                       "transfers weren't due until Wednesday. I apologised to people in the queue and "
                       "told them the machine had been reported. I still finished the transfers by 4pm."]},
            {"title": "Confidentiality",
             "body": ["Account numbers, balances and transactions",
                      "Addresses, dates of birth and phone numbers",
                      "Anything a member tells us about their health or money worries"],
             "notes": ["My responsibilities are to only look at an account when I have a reason to, never "
                       "discuss a member with anyone who isn't authorised even if they are family, lock "
                       "my screen when I leave the counter, put paperwork in the confidential waste and "
                       "speak quietly so the next person in the queue can't hear. If a husband asks about "
                       "his wife's account I can't tell him anything unless she has given us permission "
                       "on her record.",
                       "It is important because it is the law and because members trust us with their "
                       "money and their personal lives. If details got out someone could be scammed or "
                       "embarrassed."]},
            {"title": "Health and safety",
             "body": ["Keep walkways clear", "Report hazards and accidents", "Know the fire procedure"],
             "notes": ["Under the Health and Safety at Work Act I have to take care of myself and anyone "
                       "else in the branch. I keep the area behind the counter tidy, I report anything "
                       "that is broken, like when the carpet by the door came loose, and I know where "
                       "the fire exits and the assembly point are. I have also done manual handling "
                       "training because we sometimes move boxes of coins."]},
            {"title": "Task 3 - Customer service in action",
             "body": ["Real examples from the counter and the phone"],
             "notes": ["This part should take about twenty minutes."]},
            {"title": "How to influence others",
             "body": ["Member with £15,000 in an old easy access account paying 0.5%",
                      "Asked questions to find out what she needed",
                      "Suggested the 1 Year Fixed Bond and keeping some money easy to reach",
                      "She was worried about tying her money up"],
             "notes": ["A member came in to pay in a cheque and I noticed she had a lot of money in an old "
                       "account paying very little interest. I asked her a few questions: she said she "
                       "was saving for her grandson's wedding next summer, she wouldn't need the money "
                       "before then, but she wanted some available for emergencies. So I suggested "
                       "putting £13,000 into our 1 Year Fixed Bond and leaving £2,000 in easy access. "
                       "This was right for her because she would earn a lot more interest, and good for "
                       "the society because the savings stay with us instead of going elsewhere.",
                       "I explained it in plain words with no jargon: if she put £13,000 in the bond "
                       "today it would earn 4.1% and be ready next June, in time for the wedding, with "
                       "around £530 interest on top, and the other £2,000 would stay where it was so she "
                       "could get it any time. I wrote the figures on the summary sheet so she could "
                       "show her daughter.",
                       "She said she was nervous about locking the money away in case something "
                       "happened. I didn't push her. I said that was a fair worry and reminded her the "
                       "£2,000 would still be easy to get to, and that if she ever really needed the "
                       "bond money early she could close it and lose 90 days' interest but never the "
                       "money she put in. She took the sheet home and came back two days later to open "
                       "the bond."]},
            {"title": "Dealing with customer conflict and challenge",
             "body": ["Mortgage payment taken twice by mistake",
                      "Member angry at the counter",
                      "Listened, apologised, moved to the private room",
                      "Refund, charges paid and £50 for the trouble",
                      "Logged and followed up"],
             "notes": ["A member came in very angry because his mortgage payment had been taken twice. "
                       "He was raising his voice and said he would move all his accounts. I kept my "
                       "voice low and calm, let him finish without interrupting, then said I was sorry "
                       "and that I could understand why he was upset, because the second payment had "
                       "left him short for his gas bill and he has two young children. I asked if he "
                       "would like to come into the private room so we could sort it out away from the "
                       "queue.",
                       "I checked his account and could see both payments on the 1st. I told him what "
                       "would happen next: I would raise it with our mortgage servicing team as a "
                       "complaint, they would refund the extra payment within two working days, and "
                       "because it was our mistake our complaints procedure lets us pay back any charges "
                       "it caused. His bank had charged him £25 for going overdrawn, so I asked him to "
                       "bring the letter in and we refunded that as well, plus £50 for the "
                       "inconvenience, which is within what I am allowed to offer.",
                       "I didn't leave it with the mortgage team and hope. I rang them that afternoon to "
                       "make sure it had been picked up, and when the refund was approved I rang him the "
                       "next day to tell him. On the Friday I rang again to check the money had reached "
                       "his account. He said he would stay with us.",
                       "I logged the complaint on the complaints log the same day with the date, what "
                       "went wrong, what he wanted and what I had agreed, and I added notes each time I "
                       "spoke to him so anyone in the branch could see where it was up to."]},
            {"title": "How to develop yourself",
             "body": ["Skills scan with my manager in January",
                      "Strengths: friendly, accurate with cash",
                      "Weaknesses: confidence on the phone, mortgage questions",
                      "Personal development plan with three goals"],
             "notes": ["I did a self-assessment using the skills scan from my training provider. I scored "
                       "myself from 1 to 5 on each part of my job and then went through it with "
                       "Lorraine. My strengths are being friendly and being accurate with cash, I have "
                       "never had a till difference. My weaknesses were my confidence on the phone and "
                       "not knowing enough about mortgages to answer simple questions.",
                       "From this I wrote a personal development plan with three goals. One: finish the "
                       "mortgage awareness e-learning by the end of March so I can answer basic "
                       "questions. Two: take the branch phone for one hour every day for six weeks to "
                       "build my confidence. Three: sit in on two appointments with our mortgage adviser "
                       "by the end of April.",
                       "I am going to review my plan with Lorraine at my next one-to-one to see how I "
                       "am getting on."]},
            {"title": "Being open to feedback",
             "body": ["Informal: colleagues and members, every day",
                      "Formal: monthly one-to-ones and apprenticeship reviews",
                      "What I changed"],
             "notes": ["I get informal feedback from colleagues and members all the time. For example, I "
                       "asked Beth to listen to one of my phone calls and she told me I said 'erm' a lot "
                       "and forgot to give my name at the start. I get formal feedback at my monthly "
                       "one-to-ones with Lorraine and my reviews with my tutor, and I asked Lorraine to "
                       "watch me on the counter for an hour and tell me one thing to improve.",
                       "Lorraine said I was good with members but wasn't mentioning our free savings "
                       "review to people who would benefit. I put a small note next to my screen to "
                       "remind me and the next month I booked six reviews, the most in the branch. "
                       "After Beth's feedback I wrote my greeting on a sticky note and practised it, and "
                       "now I always say my name and the branch when I answer."]},
            {"title": "Working in a team",
             "body": ["Five of us in the branch",
                      "Morning huddle and handover book",
                      "Sharing what I learn",
                      "My idea for Monday mornings"],
             "notes": ["There are five of us in the branch and we cover each other so the counter is "
                       "never closed. When Imran was new I offered to take my lunch late so he could "
                       "have his with Lorraine and ask her questions, and I help with the cash count at "
                       "the end of the day even when it's not my turn.",
                       "If I take a message for our mortgage adviser, I write it in the handover book "
                       "and send her a Teams message straight away with the member's number and what "
                       "they need, so she can ring them back the same day.",
                       "After my scams awareness course I showed the team the three warning signs at the "
                       "huddle, a member being on the phone while withdrawing cash, being told to lie "
                       "about the reason, and being in a hurry, and we put them on a card by each till.",
                       "I try to change the way I talk depending on who I am dealing with.",
                       "I noticed lots of older members come in on Monday mornings to get cash for the "
                       "week and the queue gets long. At my one-to-one I suggested to Lorraine that we "
                       "open a second till from 9 to 11 on Mondays and move the back office jobs to the "
                       "afternoon. I showed her the waiting times from the queue tablet for the last "
                       "four Mondays, which were over twelve minutes on average. She tried it for a "
                       "month and the average wait dropped to five minutes."]},
            {"title": "Appendix",
             "body": ["Thank you card from a member",
                      "Email from my branch manager about my apprenticeship progress"],
             "notes": ["These are in my portfolio if the assessor would like to see them."]},
            {"title": "Thank you - any questions?",
             "body": [],
             "notes": []},
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "We are in the private sector, but we are different from a bank because we have no shareholders"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Our aims are to help members save for the future, to help people buy their own homes"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "A brand promise is what a company promises its customers they will get every time"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "'Here for you' means a member can walk in and talk to a real person"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Core values are the main beliefs that guide how everybody in the society behaves"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Our values shape our service culture. Because we are 'Personal'"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "The complaints procedure makes sure every complaint is recorded and dealt with fairly"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Complaints procedure - acknowledge within 5 working days, final response within 8 weeks"}]},
        "M02-K5": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "We have a social media policy which everyone in the branch has to read"}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "These policies change how I give service every day"}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "The Consumer Duty means we must show we are giving members good outcomes"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "The Equality Act means we make reasonable adjustments, so we have a hearing loop"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "My responsibilities are to only look at an account when I have a reason to"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "It is important because it is the law and because members trust us"}]},
        "M03-K3": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Under the Health and Safety at Work Act I have to take care of myself"}]},
        "M03-K4": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "If we broke these rules the society could get a big fine."}]},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "The counter system is what I use for every transaction"}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "We measure our service in different ways. After a visit members get a text"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "A feature is a fact about a product or service, something it has or does"},
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "a feature of the Regular Saver is that the rate is fixed for twelve months"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Every Monday head office sends the Rate Watch email with any rate changes"}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "Keeping my knowledge up to date matters because our savings rates can change"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I asked her a few questions: she said she was saving for her grandson's wedding"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I explained it in plain words with no jargon"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "She said she was nervous about locking the money away in case something happened"}]},
        "M10-S4": {"status": "missing", "passages": []},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I plan my day by doing the job with the earliest deadline first"}]},
        "M11-S2": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I make sure I keep on top of everything and I check my jobs are done"}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "we agreed I would stay on the counter all morning and move the ISA transfer paperwork"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I kept my voice low and calm, let him finish without interrupting"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I could understand why he was upset, because the second payment had left him short"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I told him what would happen next: I would raise it with our mortgage servicing team"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "our complaints procedure lets us pay back any charges it caused"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "when the refund was approved I rang him the next day to tell him"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I logged the complaint on the complaints log the same day"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I didn't leave it with the mortgage team and hope"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I did a self-assessment using the skills scan from my training provider"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "From this I wrote a personal development plan with three goals"}]},
        "M13-B3": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I am going to review my plan with Lorraine at my next one-to-one"}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I asked Beth to listen to one of my phone calls"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I put a small note next to my screen to remind me"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "we cover each other so the counter is never closed"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "send her a Teams message straight away with the member's number"}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "After my scams awareness course I showed the team the three warning signs"}]},
        "M15-B4": {"status": "weak", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "I try to change the way I talk depending on who I am dealing with."}]},
        "M15-B5": {"status": "evidenced", "passages": [
            {"file": "Showcase presentation - Jordan Whitlock.pptx",
             "phrase": "At my one-to-one I suggested to Lorraine that we open a second till"}]},
    },
}
