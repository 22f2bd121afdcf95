# Development bundle d08: a Highfield report typed without heading styles, with its supporting
# evidence pasted into an Appendix section at the end. All people and organisations are invented.
REPORT = "Kacper Nowak showcase.docx"

BUNDLE = {
    "name": "d08-highfield-no-styles",
    "split": "dev",
    "profile": "highfield-report",
    "container": "zip",
    "apprentice": "Kacper Nowak",
    "author_note": (
        "Hospice charity supporter care team (third sector). One .docx with no heading styles at all: "
        "task titles are bold capitals, most section titles are bold Normal lines, three are plain "
        "Normal lines, and confidentiality and health and safety run on inside the legislation text "
        "with no title. The report ends with a bold line 'Appendix' followed by a pasted witness "
        "statement and a supporter's email (supporting evidence, not the showcase). Those are the only "
        "evidence for M11-S3 (the mailing error), M15-B2 (passing on information), M15-B5 (the "
        "in-memory idea) and M12-S5 (updates while the refund was open): appendix_only. Weak: M02-K6 "
        "(one line), M04-K2 (one line about a survey), M13-B3 (looks at the plan 'now and then'). "
        "Missing: M03-K5 (the Fundraising Regulator's code is never mentioned) and M07-K3."),
    "files": [
        {"path": REPORT, "kind": "docx", "title": "Kacper Nowak showcase",
         "created": "2026-04-02T19:25:00Z", "modified": "2026-05-06T22:14:00Z",
         "blocks": [
            ("bold", "Customer Service Practitioner - Apprentice Showcase"),
            ("p", "Kacper Nowak, Supporter Care Advisor, St Brannock's Hospice"),
            ("p", "I work in the supporter care team at St Brannock's Hospice. Our \"customers\" are the "
                  "people who support the hospice: regular donors, people who play our weekly lottery, "
                  "people taking part in fundraising events, and families giving in memory of someone who "
                  "was cared for by us. I answer their calls, emails and letters and keep their records up "
                  "to date."),

            ("bold", "TASK 1 - UNDERSTANDING YOUR ORGANISATION AND WHAT IT DOES"),
            ("bold", "The aims of the organisation"),
            ("p", "St Brannock's is a registered charity, so it is part of the third sector. It is not run "
                  "for profit like a private company, and it is not part of the NHS, although the NHS pays "
                  "for about a third of our costs. The rest, around six million pounds a year, has to come "
                  "from fundraising, our lottery and our twelve charity shops. Our aims are to give free "
                  "specialist care to people with life-limiting illnesses and support to their families, "
                  "to reach more people in their own homes, and to keep our income steady so that care "
                  "never has to be cut. In supporter care our part of those aims is keeping supporters "
                  "giving, because every regular gift pays for care."),
            ("bold", "The organisation's brand promise"),
            ("p", "Our brand promise is \"Every moment matters\". For patients it means making every day "
                  "count. For supporters like the ones I talk to, it means that their gift really makes a "
                  "difference and that they will be treated with the same care as our patients, so a call "
                  "to us should never feel like a call to a faceless organisation."),
            ("p", "The organisation's core values and service culture"),
            ("p", "Our values are Compassion, Respect, Integrity and Together. They shape a service culture "
                  "where supporters are treated like part of the hospice family. Compassion matters "
                  "because many of our callers are grieving: someone ringing to set up an in-memory fund "
                  "has often just lost a parent, so we never rush those calls. Integrity is why we are "
                  "honest about how donations are spent. Together means every team, from the shops to "
                  "the wards, takes responsibility for supporters' experience. New staff notice this "
                  "straight away because nobody says \"that's not my department\"."),
            ("bold", "The policies and procedures that affect my customer service role"),
            ("p", "The policies I use every day are the supporter care policy, the data protection policy, "
                  "the complaints policy, the lottery rules, the Gift Aid procedure and the vulnerable "
                  "supporters policy. Policies set out what the hospice expects and why, and procedures "
                  "give the steps, so that every supporter is treated fairly and the same way and the "
                  "hospice stays within the law. For example, the vulnerable supporters policy exists so "
                  "that we never accept a donation from someone who does not seem to understand what they "
                  "are agreeing to, which protects them and the hospice's reputation."),
            ("p", "The policies do affect the service supporters get."),
            ("bold", "The social media policy"),
            ("p", "The hospice's social media policy says staff must never post about patients, even "
                  "positively, must not share photos taken on the wards or in the shops' back rooms, and "
                  "must not respond to comments on the hospice's pages from their personal accounts. Only "
                  "the digital team post for the hospice. We are encouraged to share the hospice's own "
                  "fundraising posts, but if a supporter messages me personally about a donation I have "
                  "to reply through the supporter care inbox, not my own account."),
            ("bold", "Features and benefits of products and services"),
            ("p", "When I talk to supporters I try to explain the benefit and not just the feature. The "
                  "feature is what the product is; the benefit is what it does for the supporter or the "
                  "patients. For example, a feature of our weekly lottery is a £1,000 top prize every "
                  "Friday; the benefit is that supporters have a bit of fun each week while knowing their "
                  "£1 pays for care. A feature of Gift Aid is that the hospice can claim 25p from the "
                  "government for every £1 a taxpayer gives; the benefit is that their gift is worth a "
                  "quarter more at no extra cost to them. A feature of an in-memory fund is an online page "
                  "where family and friends can give; the benefit is that the family has one place to "
                  "remember their loved one and see the total grow."),
            ("p", "How you maintain your knowledge or products and services"),
            ("p", "I keep up to date by going to the monthly fundraising team meeting, where events and "
                  "appeals are explained, by reading the supporter care briefing that comes out every "
                  "Monday, and by volunteering at one event a year. Before the Midnight Walk I walked the "
                  "route with the events officer."),

            ("bold", "TASK 2 - CUSTOMER SERVICE ESSENTIALS"),
            ("bold", "Legislation and regulation"),
            ("p", "Data protection law, UK GDPR and the Data Protection Act 2018, affects nearly everything "
                  "I do. We must have a lawful reason to keep supporters' details and consent before we "
                  "send marketing emails or texts, so when a supporter calls I check their contact "
                  "preferences and update them straight away if they ask us to stop. The Gambling Act "
                  "2005 applies to our lottery, so I must check that every new player is over 18 and I "
                  "must close the account of anyone who tells me they have a gambling problem. HMRC's Gift "
                  "Aid rules mean I can only add Gift Aid when the supporter confirms they are a UK "
                  "taxpayer, and I must record the declaration exactly. The Equality Act 2010 means we "
                  "offer large-print letters and accept calls through Relay UK."),
            ("p", "If the hospice broke these laws the impact would be different for each one. Breaking "
                  "data protection law could lead to a fine from the Information Commissioner's Office "
                  "and supporters losing trust, which for a charity means losing income. Breaking the "
                  "Gambling Act could mean losing our lottery licence, which raises over £900,000 a year. "
                  "Getting Gift Aid wrong would mean HMRC taking back money we had claimed and possibly a "
                  "penalty. Failing under the Equality Act could lead to a discrimination claim and harm "
                  "our name in the community."),
            ("p", "Confidentiality is very important because supporters share personal and sometimes "
                  "painful information with us, such as bank details and the names of loved ones who died "
                  "at the hospice. My responsibilities are to pass security before discussing a record, to "
                  "only open records I need, to lock my computer when I leave the desk, to never talk about "
                  "supporters or patients outside work, and to report any mistake, like an email sent to "
                  "the wrong person, to my team leader at once."),
            ("p", "Under the Health and Safety at Work Act 1974 the hospice must provide a safe workplace, "
                  "safe equipment, risk assessments and training, such as the display screen assessment "
                  "and the lone working procedure for staff at events. My duties as an employee are to "
                  "take reasonable care of myself and others, to follow the training and procedures, to "
                  "use equipment properly and to report hazards. At the Midnight Walk I reported a broken "
                  "barrier near the start line to the event safety officer before the walkers arrived."),
            ("bold", "Technology and systems"),
            ("p", "Our main system is GiveTrack, the supporter database. It holds every supporter's details, "
                  "gifts, lottery numbers, Gift Aid declarations and contact preferences. When a supporter "
                  "rings, I can see their whole history with the hospice in one screen, so I can thank "
                  "them for past gifts and they do not have to repeat themselves. We also use an online "
                  "donation platform that sends gifts straight into GiveTrack, the lottery system that "
                  "runs the weekly draw, and a phone system that shows me the caller's name if they are "
                  "already a supporter. The address look-up tool means I can add a supporter's address "
                  "correctly from their postcode, which stops letters going astray."),
            ("p", "We do a supporter survey every year."),
            ("bold", "Planning and prioritising tasks"),
            ("p", "Every Monday my team leader Lorraine and I agree my jobs and deadlines for the week, for "
                  "example processing all new lottery sign-ups within two working days, sending thank-you "
                  "letters within five working days of a gift, and preparing event packs by a set date. "
                  "Each day I answer the phones first, then do the jobs with the nearest deadline, and "
                  "leave jobs like filing for the end of the day."),
            ("p", "To check my progress I use Microsoft Planner. Each weekly job is a task with a due date, "
                  "and I move it to Complete when it is done, so Lorraine can see where I am. I also keep a "
                  "tally sheet of thank-you letters sent each day so I know if I am falling behind the "
                  "five-day target."),

            ("bold", "TASK 3 - CUSTOMER SERVICE IN ACTION"),
            ("bold", "How to influence others"),
            ("p", "In February a lottery player rang to cancel her two lottery numbers because money was "
                  "tight. I asked a few gentle questions and learned that she had started playing after "
                  "her husband was cared for at the hospice, and that keeping a link with us mattered to "
                  "her. I offered her two options: keeping one number instead of two, which would halve "
                  "the cost, or pausing both numbers for three months. Both met her need to save money "
                  "and her wish to keep supporting us, and for the hospice keeping a supporter, even at a "
                  "lower amount, is better than losing them."),
            ("p", "I explained each option in a way that related to her: with one number she would still be "
                  "in every Friday draw and still be helping the nurses who looked after her husband, and "
                  "with a pause nothing would leave her account until the summer."),
            ("p", "She said she felt guilty giving less. I told her that every pound really does count and "
                  "that nobody at the hospice would think less of her, and I explained that many "
                  "supporters change their giving as their circumstances change. She kept one number."),
            ("p", "Sometimes I cannot give supporters what they ask for. A runner who dropped out of the "
                  "half marathon asked for her £25 registration fee back. The fee goes to the race "
                  "organiser, not the hospice, and our event terms say it cannot be refunded. I explained "
                  "this honestly, told her exactly where the money had gone, and offered her a free place "
                  "in our Midnight Walk instead. She was disappointed but said she understood."),
            ("bold", "Dealing with customer conflict and challenge"),
            ("p", "In March a lottery player rang because he had been charged twice for his lottery by "
                  "direct debit. He was shouting and said we were \"no better than a scam\". I stayed calm, "
                  "kept my voice low and let him finish without interrupting."),
            ("p", "I said I was sorry and that I understood why he was angry, especially as he had told me "
                  "he was on a pension and the double payment had left him short for the week. I asked him "
                  "how it had affected him so I could understand what he needed most, which was his money "
                  "back quickly."),
            ("p", "I explained what would happen next: I would check his account while he was on the phone, "
                  "ask our finance team to refund the extra payment by bank transfer rather than waiting "
                  "for the next collection, and make sure it could not happen again. I also told him that "
                  "if he was not happy he could make a formal complaint and how to do it."),
            ("p", "I followed our complaints policy and the lottery refund procedure: I logged it as a "
                  "complaint, got the refund approved by the finance manager as the procedure says, and "
                  "reported the double charge to the lottery system supplier."),
            ("p", "I wrote up the complaint in GiveTrack the same day, with what he said, the amount, the "
                  "refund reference and the cause, which turned out to be a system error that had affected "
                  "eleven other players."),
            ("p", "I took responsibility for it. I did not leave it with finance: I chased them myself until "
                  "the refund was paid, and I checked the other eleven accounts so those players could be "
                  "refunded before they noticed."),
            ("p", "How to develop yourself"),
            ("p", "In my first three months I filled in a self-assessment with my apprenticeship coach, "
                  "marking myself against a list of skills for my role. My strengths were listening, "
                  "accuracy on GiveTrack and calm with upset callers. My weaknesses were writing letters, "
                  "knowledge of Gift Aid and speaking in front of groups."),
            ("p", "From this we wrote my personal development plan. My goals were: to write all standard "
                  "thank-you letters without corrections by the end of December; to complete the Gift Aid "
                  "e-learning and process Gift Aid declarations on my own by the end of January; and to "
                  "speak at one team meeting by the end of March. Each goal had a date and a way of "
                  "measuring it."),
            ("p", "I look at my plan now and then."),
            ("bold", "Being open to feedback"),
            ("p", "I ask for feedback from Lorraine at our monthly one-to-ones and straight after difficult "
                  "calls, and I ask the fundraisers whether my event packs have what they need. We also "
                  "get comments from supporters on our thank-you survey."),
            ("p", "Lorraine told me my thank-you letters were accurate but sounded like a form. I started "
                  "adding one personal line to each letter, such as mentioning the event the supporter took "
                  "part in, and we have since had several supporters reply to say how much they liked the "
                  "letter."),
            ("bold", "Working in a team"),
            ("p", "Our team is five supporter care advisors and we work closely with the fundraisers and "
                  "the shops. I try to be positive and help out, for example staying late on the night of "
                  "the Christmas appeal to help pack 3,000 letters so the team met the posting deadline."),
            ("p", "After my Gift Aid e-learning I made a short checklist of the questions to ask before "
                  "adding Gift Aid, and I went through it with the team at our Thursday meeting."),
            ("p", "I change how I communicate with different people. One fundraiser prefers quick messages, "
                  "so I keep my Teams messages to a line or two; our volunteer on Wednesdays is not "
                  "confident with computers, so I show him things step by step and write them down. With "
                  "bereaved supporters I slow right down and let them talk."),

            ("bold", "Appendix"),
            ("bold", "Appendix A - Witness statement from my team leader, Lorraine Batty"),
            ("p", "I have managed Kacper since he started in September 2024. In January our printing "
                  "company sent the wrong letter to 400 lottery players. Kacper calmly agreed with me that "
                  "his thank-you letters could wait, took the calls from worried players, and helped draft "
                  "the apology email. He caught up with his thank-you letters within the week."),
            ("p", "Kacper always passes information on promptly. When a supporter tells him about a change "
                  "that affects another team, such as a new address for a shop volunteer or a death in the "
                  "family of a regular donor, he tells that team the same day by email and adds a note to "
                  "GiveTrack so that nobody contacts the family by mistake."),
            ("p", "In April Kacper put forward an idea to the head of fundraising: sending families a "
                  "printed card with their in-memory fund total on the first anniversary. He explained that "
                  "several families had asked for the total and that other hospices had found it kept "
                  "families involved. The idea was agreed and the first cards went out in May."),
            ("p", "Signed: Lorraine Batty, Supporter Care Team Leader"),
            ("bold", "Appendix B - Email from a lottery player (name removed)"),
            ("p", "Dear Kacper, just to say thank you for sorting out the double payment. You rang me on the "
                  "Tuesday to say finance had approved it, and again on the Thursday to tell me it was in "
                  "my account. I appreciated being kept up to date."),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "St Brannock's is a registered charity, so it is part of the third sector."},
            {"file": REPORT, "phrase": "Our aims are to give free specialist care to people with life-limiting illnesses"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "For supporters like the ones I talk to, it means that their gift really makes a difference"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "They shape a service culture where supporters are treated like part of the hospice family."}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Policies set out what the hospice expects and why"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The hospice's social media policy says staff must never post about patients"}]},
        "M02-K6": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "The policies do affect the service supporters get."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Data protection law, UK GDPR and the Data Protection Act 2018, affects nearly everything I do."}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My responsibilities are to pass security before discussing a record"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "the hospice must provide a safe workplace, safe equipment, risk assessments and training"}]},
        "M03-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "If the hospice broke these laws the impact would be different for each one."}]},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our main system is GiveTrack, the supporter database."}]},
        "M04-K2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "We do a supporter survey every year."}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The feature is what the product is; the benefit is what it does for the supporter"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I keep up to date by going to the monthly fundraising team meeting"}]},
        "M07-K3": {"status": "missing", "passages": []},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I offered her two options: keeping one number instead of two"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained each option in a way that related to her"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "She said she felt guilty giving less."}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Sometimes I cannot give supporters what they ask for."}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Every Monday my team leader Lorraine and I agree my jobs and deadlines for the week"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "To check my progress I use Microsoft Planner."}]},
        "M11-S3": {"status": "appendix_only", "passages": [
            {"file": REPORT, "phrase": "Kacper calmly agreed with me that his thank-you letters could wait"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I stayed calm, kept my voice low and let him finish without interrupting."}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I asked him how it had affected him so I could understand what he needed most"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained what would happen next: I would check his account"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I followed our complaints policy and the lottery refund procedure"}]},
        "M12-S5": {"status": "appendix_only", "passages": [
            {"file": REPORT, "phrase": "You rang me on the Tuesday to say finance had approved it"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I wrote up the complaint in GiveTrack the same day"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I took responsibility for it. I did not leave it with finance"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I filled in a self-assessment with my apprenticeship coach"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "From this we wrote my personal development plan."}]},
        "M13-B3": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I look at my plan now and then."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I ask for feedback from Lorraine at our monthly one-to-ones"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I started adding one personal line to each letter"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "staying late on the night of the Christmas appeal to help pack 3,000 letters"}]},
        "M15-B2": {"status": "appendix_only", "passages": [
            {"file": REPORT, "phrase": "Kacper always passes information on promptly."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I made a short checklist of the questions to ask before adding Gift Aid"}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I change how I communicate with different people."}]},
        "M15-B5": {"status": "appendix_only", "passages": [
            {"file": REPORT, "phrase": "In April Kacper put forward an idea to the head of fundraising"}]},
    },
}
