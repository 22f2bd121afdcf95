# Development bundle d03: a TQUK report that runs past the 3,000-word maximum. All people and firms
# are invented.
REPORT = "Sophie Lang - Apprentice Showcase Report.docx"

BUNDLE = {
    "name": "d03-tquk-over-limit",
    "split": "dev",
    "profile": "tquk-report",
    "container": "zip",
    "apprentice": "Sophie Lang",
    "author_note": (
        "Housing association contact centre; TQUK module names as Heading 1, no criterion codes (TQUK "
        "numbers none). About 3,600 body words against TQUK's hard 3,000 maximum, past which words are "
        "not assessed. Evidence for everything assessable ends before about word 2,850 (whitespace "
        "words counted from the first heading); a neutral stretch about the apprentice's background "
        "fills the margin; the personal development plan, its review, and both feedback criteria "
        "(M13-B2, M13-B3, M14-B1, M14-B2) are written only after about word 3,150, so they are "
        "beyond_limit. M13-B1 (self-assessment) comes before the limit. Weak: M02-K6 (policies 'make "
        "sure we do things right', no impact on service explained) and M11-S2 (keeps on top of things, "
        "no tool or technique named). Missing: M03-K5 (no code of practice; the Housing Ombudsman's "
        "code is deliberately never mentioned) and M15-B5 (no idea put to anyone)."),
    "files": [
        {"path": REPORT, "kind": "docx", "title": "Apprentice Showcase Report",
         "created": "2026-03-30T17:45:00Z", "modified": "2026-04-24T20:12:00Z",
         "footer": "Sophie Lang - Customer Service Practitioner showcase",
         "blocks": [
            ("title", "Apprentice Showcase Report"),
            ("p", "Name: Sophie Lang"),
            ("p", "Employer: Millbrook Housing Trust"),
            ("p", "Role: Customer Hub Adviser"),
            ("p", "EPAO: TQUK"),

            ("h1", "Introduction"),
            ("p", "I am a Customer Hub Adviser at Millbrook Housing Trust. I answer calls, emails and web "
                  "chats from our tenants about repairs, rent, anti-social behaviour and moving home. I "
                  "have been in the role for fifteen months and this report covers what I have learned."),

            ("h1", "Understanding the Organisation"),
            ("h2", "Our sector and aims"),
            ("p", "Millbrook Housing Trust is a housing association that owns and manages about 6,000 "
                  "homes for social rent across two districts. It is a not-for-profit organisation, which "
                  "places it in the third sector: any surplus we make is spent on repairs and on building "
                  "new homes rather than paid to shareholders, unlike a private landlord, and we are "
                  "independent of the council, which is public sector."),
            ("p", "Our aims, set out in our five-year plan, are to provide safe, warm and affordable homes, "
                  "to build 400 new homes by 2029, and to help tenants keep their tenancies, for example by "
                  "giving money advice before arrears get out of hand. As a social landlord our aims are "
                  "about people and communities more than profit."),
            ("h2", "Brand promise"),
            ("p", "Our brand promise is \"Your home, our priority\". It means that when a tenant contacts us "
                  "they should feel their problem matters to us as much as it does to them, and that we "
                  "will follow it through until their home is right again. It appears on our vans, letters "
                  "and website."),
            ("h2", "Values and culture"),
            ("p", "Our values are Respect, Openness and Getting It Right. They link directly to the service "
                  "culture in the Customer Hub. Respect is why we never judge a tenant who is behind with "
                  "their rent and why we use people's preferred names. Openness is why we tell tenants the "
                  "truth about repair waiting times instead of giving a hopeful date. Getting It Right is "
                  "why we are encouraged to solve the problem on the first call rather than passing the "
                  "tenant around, and why the culture is one where it is fine to say \"I don't know, but "
                  "I will find out\"."),
            ("h2", "Policies and procedures"),
            ("p", "The policies I use most are the repairs policy, the complaints policy, the data "
                  "protection policy and the vulnerable customers procedure. The purpose of a policy is to "
                  "set out the rules and the reasons for them, so that every tenant is treated fairly and "
                  "consistently and staff know where they stand. For example, the repairs policy sets out "
                  "which repairs are emergencies, which must be attended within 24 hours, so that a tenant "
                  "with no heating in winter is not treated the same as one with a sticking cupboard door. "
                  "The vulnerable customers procedure exists so that tenants who need extra help are "
                  "flagged and get it every time."),
            ("p", "Policies and procedures make sure we do things right."),
            ("h2", "Digital media"),
            ("p", "Our social media guidelines say that staff must not post anything about tenants, "
                  "colleagues or properties on their personal accounts, must not reply to comments on the "
                  "Trust's pages, and must not use their personal phones to photograph tenants' homes. "
                  "Only the communications team post on the Trust's Facebook and X accounts. If a tenant "
                  "complains about us publicly, we pass the link to the communications team, who reply and "
                  "offer to take the conversation to a private message. Staff are allowed to share the "
                  "Trust's own job adverts and news posts."),

            ("h1", "Meeting Regulations and Legislation"),
            ("p", "As a landlord we are affected by a lot of legislation. The Landlord and Tenant Act 1985 "
                  "means we have a legal duty to keep the structure of homes and things like heating and "
                  "hot water in repair, which is why repairs are the biggest part of my job and why I must "
                  "log every reported repair accurately. The Equality Act 2010 means we must make "
                  "reasonable adjustments, so we offer letters in large print, phone interpreters and home "
                  "visits for tenants who cannot come into the office. UK GDPR and the Data Protection Act "
                  "2018 decide what we can record and who we can share it with, which is why I have to "
                  "check identity before discussing any account."),
            ("p", "If the Trust did not follow these laws the impact could be serious in different ways. "
                  "Breaking data protection law could lead to a fine from the Information Commissioner's "
                  "Office and tenants losing trust in us. Failing on repairs duties could lead to tenants "
                  "taking us to court for disrepair and paying compensation and legal costs, as well as "
                  "homes becoming unsafe. Breaking the Equality Act could lead to a discrimination claim "
                  "and damage to our reputation with the councils we work with. Not meeting health and "
                  "safety law could mean prosecution by the Health and Safety Executive, and the housing "
                  "regulator can downgrade a landlord that fails on safety, which affects our ability to "
                  "borrow money to build new homes."),
            ("h2", "Confidentiality"),
            ("p", "I deal with a lot of sensitive information, such as tenants' income, benefits, health "
                  "conditions, domestic abuse cases and rent arrears. My responsibilities are to check "
                  "three security details before discussing an account, to only access records I need for "
                  "the call, to never discuss a tenant with a neighbour or relative without consent, to "
                  "lock my screen, and to send emails only through the secure system. If I make a mistake, "
                  "such as sending a letter to the wrong address, I must report it to my team leader the "
                  "same day."),
            ("h2", "Health and safety"),
            ("p", "Under the Health and Safety at Work Act 1974, Millbrook as my employer must provide a "
                  "safe workplace and equipment, carry out risk assessments, give training and have first "
                  "aid and fire arrangements. For example, we had a display screen assessment when I "
                  "started and I was given a headset and a footrest. My responsibilities as an employee "
                  "are to take care of myself and others, follow the training and safe working procedures, "
                  "not misuse equipment and report hazards and accidents. I also have a duty to report "
                  "safety risks tenants tell me about, such as a smell of gas, which I pass straight to "
                  "the emergency line."),

            ("h1", "Systems and Resources"),
            ("p", "The main system is HomeView, our housing management system, which holds tenancy "
                  "records, rent accounts and repairs. When a tenant reports a repair I use HomeView to "
                  "raise the job and book an appointment slot directly into the operatives' diaries, so "
                  "the tenant gets a date on the call. We also use a phone system with call recording, a "
                  "web chat tool on our website for tenants who prefer typing, a text message service for "
                  "appointment reminders, and a translation line. Each one helps meet a different need: "
                  "web chat suits younger tenants and people at work, and the text reminders cut the "
                  "number of missed repair appointments."),
            ("p", "Web chat has been especially useful for tenants who are deaf or hard of hearing. One "
                  "tenant told me she had stopped reporting repairs because she could not use the phone, "
                  "and since the chat started she has reported three and had them all fixed. I also use "
                  "the translation line about twice a week, mostly for Polish and Arabic speakers, and it "
                  "means the tenant can explain the problem properly instead of a neighbour translating."),
            ("p", "Customer service is monitored with several measures. The phone system reports how many "
                  "calls we answer within 60 seconds and how many callers hang up. HomeView reports first "
                  "contact resolution, which is the percentage of enquiries sorted on the first call. After "
                  "a repair is completed, tenants receive a text survey asking them to rate the service "
                  "from 1 to 5. Our team leader also listens to five of our recorded calls a month and "
                  "scores them against a quality checklist. The results are shown on a screen in the Hub "
                  "and discussed at our monthly team meeting."),

            ("h1", "Product and Service Knowledge"),
            ("p", "Our main services are tenancies, repairs, rent accounts, the home swap service and money "
                  "advice. A feature is what a service includes, and a benefit is what it means for the "
                  "tenant. For example, a feature of our online tenant portal is that it shows the rent "
                  "balance and repair appointments 24 hours a day; the benefit is that a tenant who works "
                  "shifts can check their account at 2am without waiting for us to open. A feature of our "
                  "money advice service is a free one-hour appointment with a qualified adviser; the "
                  "benefit is that a tenant who is worried about debt gets a plan to keep their home."),
            ("p", "To keep my knowledge up to date I read the staff intranet news every morning, attend the "
                  "monthly team meeting where other departments present changes, and complete the "
                  "e-learning when a policy is updated. When the new damp and mould process started, I "
                  "spent half a day with a surveyor to see what happens after I log a report."),
            ("p", "It is important to keep this knowledge current because our rules and services change "
                  "often, and if I give a tenant wrong information they might miss out on help, such as a "
                  "hardship grant with a closing date, or lose trust in us. Up-to-date knowledge also means "
                  "I can solve more enquiries on the first call, which is better for the tenant and saves "
                  "the Trust money on repeat calls."),

            ("h1", "Influencing Skills"),
            ("p", "In October a tenant called about a rent arrears letter. I asked questions to understand "
                  "her situation and found out that her hours had been cut and she was paying her rent in "
                  "cash at the post office when she had money. I offered her two options: setting up a "
                  "fortnightly direct debit to match her pay dates with a small extra amount towards the "
                  "arrears, or a referral to our money advice service first. Both options suited her needs "
                  "and also the Trust's, because a steady payment plan reduces arrears without legal "
                  "action, which costs everyone money."),
            ("p", "I explained clearly what each option would do for her: the direct debit would come out "
                  "the day after her wages, so she would never have to remember to pay, and the money "
                  "adviser could check whether she was getting all the benefits she was entitled to. She "
                  "said she did not trust direct debits because her bank had charged her before. I "
                  "listened, agreed that charges were worrying, and explained that because the date would "
                  "match her payday the money would always be there, and that she could cancel it at any "
                  "time. She agreed to the direct debit and the money advice appointment."),
            ("p", "Sometimes I cannot give the tenant what they want. A tenant asked to be moved to a "
                  "bigger house because his daughter had moved back in. Under our allocations policy he "
                  "did not qualify for a transfer, because the household was not overcrowded by the legal "
                  "measure. I explained the reason clearly, told him how the points are worked out, and "
                  "offered the home swap service and information on applying to the council register. He "
                  "was not happy but said he understood why."),
            ("p", "Looking back on the arrears call, what went well was that I asked questions before "
                  "offering anything, so the options fitted her life. What I would do better next time is "
                  "to mention the money advice service earlier in the call, because she was clearly "
                  "worried and might have relaxed sooner if she had known free help was available. I have "
                  "since used the same approach with other tenants who are behind, and most of them have "
                  "agreed a plan on the first call."),

            ("h1", "Personal Organisation"),
            ("p", "At the start of each shift I check my emails, my call-back list and the repairs that "
                  "need chasing, and agree my priorities and deadlines with my team leader Tariq. Emergency "
                  "repairs and call-backs with a promised time come first, then emails, which we must "
                  "answer within two working days, and then admin such as updating records."),
            ("p", "I keep on top of everything and make sure nothing gets missed."),
            ("p", "In January Storm Henrietta caused hundreds of calls about roof damage and power cuts in "
                  "one morning. Tariq asked everyone to stop emails and admin and take calls only. I "
                  "switched straight away and logged every roof repair as an emergency. The next day I worked through the emails that had built "
                  "up and cleared them within the two-day deadline."),

            ("h1", "Dealing with Customer Conflict and Challenge"),
            ("p", "In November a tenant phoned about a leak through his bathroom ceiling that had been "
                  "reported three times. He was shouting and swearing, and said he would go to the local "
                  "paper. I stayed calm, kept my tone steady and did not interrupt him. When he paused I "
                  "said I was sorry he had been let down three times and that I could hear how stressful "
                  "it must be with a young family. I asked about the leak, how bad it was now and whether "
                  "the electrics near it were affected, because I was worried about safety as well as the "
                  "damage."),
            ("p", "I explained what I would do next: raise it as an emergency because water was near a "
                  "light fitting, ask the repairs supervisor to look at why the previous jobs had not "
                  "fixed it, and call him back by 4pm with a time. I also told him he could make a formal "
                  "complaint and how the complaint would be handled, so he knew all his options."),
            ("p", "I followed our repairs policy for the emergency and our complaints policy for the "
                  "repeat failure, logging it as a stage one complaint because it was the third report. I "
                  "called him at 3.30pm to confirm an operative would attend that evening, and again the "
                  "next day to check the leak had stopped. I recorded each call, what was agreed and the "
                  "complaint reference in HomeView."),
            ("p", "I took ownership of the case. I did not just pass it on: I spoke to the repairs "
                  "supervisor myself, made sure a roofer was booked to fix the cause, and kept the case "
                  "open until the tenant confirmed the ceiling had been repaired two weeks later. He "
                  "withdrew his threat to go to the paper and thanked me."),
            ("p", "What I learned from this call is that an angry tenant is usually a worried tenant. Once "
                  "he could see that I was taking the safety risk seriously and that somebody was actually "
                  "coming, his tone changed completely. If I dealt with it again I would check the repair "
                  "history before promising a time, because the previous jobs showed the roofer had never "
                  "been booked, and knowing that earlier would have let me explain it to him sooner."),

            ("h1", "Team Working"),
            ("p", "There are twelve advisers in the Customer Hub. I try to be positive and helpful, for "
                  "example covering web chat when a colleague is overloaded with calls, and I get on well "
                  "with the repairs planners, which helps when I need to chase a job."),
            ("p", "I pass on information straight away when it affects colleagues. During the storm I "
                  "posted updates on the team chat every time the repairs team told me about a road or area "
                  "that could not be reached, so everyone gave tenants the same message."),
            ("p", "After my half day with the surveyor I wrote a short guide to the damp and mould process "
                  "and shared it with the team at our monthly meeting, because several advisers had been "
                  "unsure what to tell tenants."),
            ("p", "I adapt the way I communicate depending on who I am working with. Our newest adviser "
                  "prefers to learn by watching, so I let her listen in on calls before she took her own. "
                  "With the planners I keep messages short because they are very busy, and with tenants "
                  "who are upset or who have English as a second language I slow down and avoid jargon."),
            ("p", "We also cover for each other. When a colleague's child was ill and she had to leave "
                  "early, I took over her three call-backs so that the tenants still heard from us on the "
                  "day we had promised, and she did the same for me when I had a hospital appointment."),

            ("h1", "Developing Self"),
            ("p", "Three months into the role I did a self-assessment using the skills scan from my "
                  "training provider, rating myself against each part of the Customer Service Practitioner "
                  "standard. My strengths were staying calm on difficult calls and using HomeView. My "
                  "weaknesses were written communication, because my emails were too long, and knowledge "
                  "of rent and benefits."),
            ("p", "I came to Millbrook after two years working on the tills in a garden centre. I had "
                  "always liked talking to customers but I had never worked in an office or used a "
                  "headset, and the first weeks were a shock. The Hub is open from 8am to 6pm on weekdays "
                  "and there is an out-of-hours service run by another company for emergencies at night. "
                  "Most of my calls are about repairs, but no two days are the same. One call might be a "
                  "tenant whose boiler has broken and the next a tenant asking how to apply for a parking "
                  "permit on the estate."),
            ("p", "My apprenticeship is run by a training provider in town. I have a skills coach, Joanne, "
                  "who visits every six weeks, and I have a study afternoon every Thursday which I spend "
                  "on my portfolio and online modules. I also had to pass Level 2 functional skills in "
                  "maths, which I was nervous about because I had not done maths since school, but I passed "
                  "first time. The Trust paid for my training and gave me a mentor from another team, "
                  "Bev, who has worked here for twenty years and knows everyone."),
            ("p", "I chose this apprenticeship because I wanted a career and not just a job. My family "
                  "lived in a housing association home when I was growing up, so I know how much it "
                  "matters when a landlord answers the phone and gets things done. Some of the tenants I "
                  "speak to remind me of my nan, and that helps me be patient when a call takes a long "
                  "time. I have enjoyed the apprenticeship more than I expected, and I now feel part of "
                  "the team rather than the new girl."),
            ("p", "A normal day starts at 8am with a short briefing from the team leader about anything "
                  "unusual, such as a planned water shut-off on one of the estates. The phones open at "
                  "8.30am and the first hour is always the busiest, because tenants call about repairs "
                  "before they go to work. Lunch breaks are staggered so there are always at least eight "
                  "advisers on the phones. The afternoons are usually quieter and that is when most of "
                  "the emails and web chats are answered. On Fridays the office closes at 4.30pm and the "
                  "out-of-hours company takes over."),
            ("p", "The Hub itself is on the first floor of the Trust's office on Station Road, next to the "
                  "income team and the lettings team. We sit in pods of four, and each pod has a "
                  "whiteboard for notices. There is a quiet room that anyone can use after a difficult "
                  "call, and a kitchen where the whole floor meets for cake on people's birthdays. When I "
                  "started I sat next to Bev for my first month, which made it much less scary. The office "
                  "is a ten-minute walk from the bus station, which suits me because I do not drive yet, "
                  "and there is a small garden at the back where some of us eat lunch in the summer."),
            ("p", "After the skills scan, Joanne, Tariq and I agreed a personal development plan with three "
                  "goals: to complete the rent and benefits e-learning and shadow the income team for two "
                  "days by the end of February; to cut my average email length by using the Trust's email "
                  "templates and have Tariq check ten emails by the end of January; and to handle a stage "
                  "one complaint on my own by the end of March."),
            ("p", "I review the plan with Joanne and Tariq every six weeks. At the February review the "
                  "email goal was complete, so we swapped it for a new goal of becoming a web chat "
                  "champion. The complaints goal took longer because I had no suitable complaint until "
                  "March, so we moved the date back by a month. The review showed me that shadowing helped "
                  "far more than e-learning, so the updated plan has more shadowing and fewer modules."),

            ("h1", "Being Open to Feedback"),
            ("p", "I ask for feedback regularly. I ask Tariq for comments after he listens to my recorded "
                  "calls, I ask Bev to read difficult emails before I send them, and I read the text "
                  "survey comments that mention my name. At my quarterly one-to-one I ask specifically "
                  "what I should do differently."),
            ("p", "In one call review Tariq said I was using jargon such as \"responsive repair\" and "
                  "\"void\" that tenants did not understand. I made a list of the jargon I use and what "
                  "to say instead, and stuck it to my screen. In the next review he said my explanations "
                  "were much clearer, and my quality score went from 78% to 90%."),

            ("h1", "Conclusion"),
            ("p", "Writing this report has shown me how much I have learned in fifteen months. I am proud "
                  "of the difference the Customer Hub makes to tenants, and I hope to move on to the "
                  "income team once my apprenticeship is finished."),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "which places it in the third sector"},
            {"file": REPORT, "phrase": "Our aims, set out in our five-year plan, are to provide safe, warm and affordable homes"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "they should feel their problem matters to us as much as it does to them"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "They link directly to the service culture in the Customer Hub."}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The purpose of a policy is to set out the rules and the reasons for them"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Our social media guidelines say that staff must not post anything about tenants"}]},
        "M02-K6": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "Policies and procedures make sure we do things right."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "As a landlord we are affected by a lot of legislation."}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "My responsibilities are to check three security details before discussing an account"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Millbrook as my employer must provide a safe workplace and equipment"}]},
        "M03-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "If the Trust did not follow these laws the impact could be serious in different ways."}]},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "The main system is HomeView, our housing management system"}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Customer service is monitored with several measures."}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "A feature is what a service includes, and a benefit is what it means for the tenant."}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "To keep my knowledge up to date I read the staff intranet news every morning"}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "It is important to keep this knowledge current because our rules and services change often"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Both options suited her needs and also the Trust's"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained clearly what each option would do for her"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "She said she did not trust direct debits because her bank had charged her before."}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Sometimes I cannot give the tenant what they want."}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "agree my priorities and deadlines with my team leader Tariq"}]},
        "M11-S2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I keep on top of everything and make sure nothing gets missed."}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Tariq asked everyone to stop emails and admin and take calls only."}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I stayed calm, kept my tone steady and did not interrupt him."}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I could hear how stressful it must be with a young family"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I explained what I would do next: raise it as an emergency"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I followed our repairs policy for the emergency and our complaints policy"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I called him at 3.30pm to confirm an operative would attend that evening"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I recorded each call, what was agreed and the complaint reference in HomeView."}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I took ownership of the case. I did not just pass it on"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I did a self-assessment using the skills scan from my training provider"}]},
        "M13-B2": {"status": "beyond_limit", "passages": [
            {"file": REPORT, "phrase": "Joanne, Tariq and I agreed a personal development plan with three goals"}]},
        "M13-B3": {"status": "beyond_limit", "passages": [
            {"file": REPORT, "phrase": "I review the plan with Joanne and Tariq every six weeks."}]},
        "M14-B1": {"status": "beyond_limit", "passages": [
            {"file": REPORT, "phrase": "I ask for feedback regularly. I ask Tariq for comments"}]},
        "M14-B2": {"status": "beyond_limit", "passages": [
            {"file": REPORT, "phrase": "I made a list of the jargon I use and what to say instead"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "covering web chat when a colleague is overloaded with calls"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I pass on information straight away when it affects colleagues."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I wrote a short guide to the damp and mould process"}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I adapt the way I communicate depending on who I am working with."}]},
        "M15-B5": {"status": "missing", "passages": []},
    },
}
