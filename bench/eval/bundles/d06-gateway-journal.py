# Development bundle d06: a Gateway Qualifications reflective journal, one file per entry. All people
# and businesses are invented.
J = "Reflective journal/"
E01 = J + "Journal 01 - 2025-10-06.docx"
E02 = J + "Journal 02 - 2025-10-20.md"
E03 = J + "Journal 03 - 2025-11-03.txt"
E04 = J + "Journal 04 - 2025-11-17.docx"
E05 = J + "Journal 05 - 2025-12-01.md"
E06 = J + "Journal 06 - 2025-12-15.txt"
E07 = J + "Journal 07 - 2026-01-05.docx"
E08 = J + "Journal 08 - 2026-01-19.md"
E09 = J + "Journal 09 - 2026-02-02.txt"
E10 = J + "Journal 10 - 2026-02-09.docx"
E11 = J + "Journal 11 - 2026-02-23.md"
E12 = J + "Journal 12 - 2026-03-09.txt"
E13 = J + "Journal 13 - 2026-03-23.docx"
REVIEW = "Evidence/Mid-year review - Amira Hassan.docx"

BUNDLE = {
    "name": "d06-gateway-journal",
    "split": "dev",
    "profile": "gateway-journal",
    "container": "folder",
    "apprentice": "Amira Hassan",
    "author_note": (
        "Hotel front desk. A folder 'Reflective journal/' of 13 dated entries, one file each, mixing "
        ".docx, .md and .txt, written informally over six months (file names contain 'Journal' so each "
        "reads as part of the showcase); no module headings, no codes. Gateway sets no limits. Topics "
        "come up in the order they happened, so one criterion's evidence can sit in a different entry "
        "from its neighbours (the complaint runs over entries 9 and 10). Weak: M02-K2 (strapline "
        "quoted, never explained), M02-K6 (policies 'sometimes get in the way', no example), M03-K1 "
        "(laws named only) and M04-K2 (TripAdvisor reviews mentioned, nothing on how service is "
        "measured). Missing: M02-K5, M03-K4, M03-K5, M07-K3, M10-S4. The mid-year review by the front "
        "office manager in 'Evidence/' is the only evidence for M11-S3 (the boiler breakdown) and "
        "M15-B5 (the walks card idea): appendix_only."),
    "files": [
        {"path": E01, "kind": "docx", "title": "Journal 01", "created": "2025-10-06T20:15:00Z", "blocks": [
            ("h1", "Journal entry 1 - 6 October 2025"),
            ("p", "First proper entry for my showcase journal. My assessor said to write it like a diary, "
                  "so that is what I am doing."),
            ("p", "Quick bit about where I work. The Larchwood is a 42-room country house hotel near "
                  "Keswick, owned by the Fell family for three generations. It is a private business so it "
                  "has to make money, but because it is family owned it is not answerable to shareholders "
                  "like the big chains. The aims the owners talked about at my induction are to be full "
                  "all year round and not just in summer, to get more guests coming back every year, and to "
                  "be known as the friendliest small hotel in the Lakes, because we cannot compete with "
                  "the chains on price."),
            ("p", "Our strapline is \"Your home in the hills\". It is on the website and the key card "
                  "wallets."),
            ("p", "I am on the front desk doing check-ins and check-outs, phones, emails and booking "
                  "requests, and I cover the bar on Sunday nights. Mostly early shifts, 7 till 3."),
        ]},
        {"path": E02, "kind": "md", "text":
            "# Journal entry 2 - 20 October 2025\n\n"
            "Had my one-to-one with Gareth (front office manager) today and we talked about the hotel's "
            "values, which are Warmth, Care and Pride in the detail. Honestly I thought they were just "
            "words on the staff noticeboard, but Gareth explained how they set the way we work. Warmth is "
            "why we greet every guest by name if we know it and offer to carry bags. Care is why we keep "
            "notes about guests' preferences, like the man who always wants a feather-free pillow. Pride "
            "in the detail is why housekeeping fold the towels a certain way and why we check every room "
            "before a VIP arrives. So the service culture here is basically the values in action: "
            "guests should feel looked after, not processed.\n\n"
            "We also went through the policies I need to know. The cancellation policy is there so the "
            "hotel does not lose money when people cancel at the last minute, because we cannot usually "
            "resell a room the same day, and it also means every guest is treated the same. The lost "
            "property policy makes sure items are logged and kept safe for three months so we can return "
            "them. The payment card policy is there to protect guests' card details.\n\n"
            "Policies sometimes get in the way of what guests want.\n"},
        {"path": E03, "kind": "txt", "text":
            "Journal entry 3 - 3 November 2025\n\n"
            "Systems week! I have finally got the hang of StayDesk, which is our booking system. It has "
            "all the reservations, guest profiles and bills. I can see at a glance which rooms are clean "
            "and ready because housekeeping update it from their tablets, so I do not have to phone "
            "upstairs while the guest waits. The online booking engine feeds straight into StayDesk so "
            "guests can book on our website at 2am, and the key card encoder means I can make a new key "
            "in seconds if someone loses theirs. We also have a portable card machine so guests can pay "
            "at the table after dinner instead of queuing at the desk.\n\n"
            "The owners always check TripAdvisor reviews.\n\n"
            "Also it snowed for the first time this year and the car park looked amazing.\n"},
        {"path": E04, "kind": "docx", "title": "Journal 04", "created": "2025-11-17T16:40:00Z", "blocks": [
            ("h1", "Journal entry 4 - 17 November 2025"),
            ("p", "Something happened today that made me think about confidentiality. A man came to the desk "
                  "and asked which room his colleague was staying in so he could surprise her. I did not "
                  "give him the room number or even confirm she was staying with us. I offered to phone "
                  "the room and let her know someone was asking for her, which I did, and she came down."),
            ("p", "Gareth said I handled it right. My responsibilities are to never give out room numbers "
                  "or say who is staying, to keep the registration cards in the locked drawer, to never "
                  "read out a guest's card details or address at the desk, and to log out of StayDesk "
                  "when I leave the desk. If I think data has gone to the wrong person I have to tell "
                  "the duty manager straight away."),
            ("p", "There are loads of laws we have to follow, like GDPR and food hygiene and licensing."),
        ]},
        {"path": E05, "kind": "md", "text":
            "# Journal entry 5 - 1 December 2025\n\n"
            "Fire drill this morning at 10.30 with about twenty guests in. It went okay but it made me "
            "look up health and safety properly for my portfolio.\n\n"
            "Under the Health and Safety at Work Act the hotel, as the employer, has to keep the building "
            "and equipment safe, do risk assessments (we have one for the fire, the kitchen and even the "
            "cellar steps), give us training and make sure there are enough first aiders. I did my fire "
            "marshal training in October, which the hotel paid for.\n\n"
            "My own duties as an employee are to look after my own safety and other people's, follow the "
            "training, not mess about with equipment and report hazards. Today my job was to take the "
            "guest list from StayDesk to the assembly point and tick everyone off. I also reported that "
            "the fire door on the first floor was sticking, and maintenance fixed it by lunchtime.\n"},
        {"path": E06, "kind": "txt", "text":
            "Journal entry 6 - 15 December 2025\n\n"
            "Really pleased with myself today. A couple rang to book one night for their 25th wedding "
            "anniversary and asked for our cheapest room. I asked what they had planned and they said "
            "they wanted a quiet dinner somewhere and a walk. So I suggested two options: our dinner, "
            "bed and breakfast package in a standard room, or the same package in one of the lake-view "
            "rooms. Both suited them and both were good for the hotel, because the restaurant had tables "
            "free midweek.\n\n"
            "I explained it in terms of what they wanted: with the package their dinner was included and "
            "worked out cheaper than booking it separately, and they would not have to drive anywhere "
            "after, and the lake-view room meant they would wake up to the view on their anniversary.\n\n"
            "The husband said the lake-view room was more than they wanted to spend. I said that was "
            "completely fair and told him the price difference was 30 pounds, and that the standard "
            "room package was still a lovely option. They talked it over and booked the lake-view room "
            "anyway. When they checked out they said it was the best anniversary they had had.\n"},
        {"path": E07, "kind": "docx", "title": "Journal 07", "created": "2026-01-05T21:05:00Z", "blocks": [
            ("h1", "Journal entry 7 - 5 January 2026"),
            ("p", "New year, new spa packages. We launched the Winter Warmer break today so I had to learn "
                  "it properly. My assessor asked me to think about features and benefits. A feature is "
                  "what is in the package, like a 45-minute massage and late check-out at 2pm. The benefit "
                  "is what the guest gets out of it, so the massage means they actually relax after a "
                  "long drive, and the late check-out means they are not rushing to pack after breakfast "
                  "on their last morning. I tried saying the benefit first on the phone today and it "
                  "sounds much better."),
            ("p", "How I keep up with what we sell: the head chef does a tasting every time the menu "
                  "changes. I read the weekly sales sheet from the "
                  "reservations manager, and when the spa packages came out I had a tour of the treatment "
                  "rooms and tried the hand massage."),
        ]},
        {"path": E08, "kind": "md", "text":
            "# Journal entry 8 - 19 January 2026\n\n"
            "Busy planning week because of the Hartley wedding in February (38 rooms). Gareth and I agreed "
            "the deadlines: room allocation finished by 30 January, welcome letters printed by 6 February "
            "and the key packs ready the day before. I put the wedding jobs first on my quiet afternoons "
            "and did the everyday jobs like emails in the mornings when it is busier.\n\n"
            "To keep track I use the front desk Trello board that Gareth set up. Every wedding job is a "
            "card with a due date, and I move it from To do to Doing to Done. Gareth can see where I am "
            "without asking. I also put a reminder in the StayDesk diary for each deadline.\n\n"
            "Room allocation was finished on 28 January, two days early.\n"},
        {"path": E09, "kind": "txt", "text":
            "Journal entry 9 - 2 February 2026\n\n"
            "Worst shift so far. A guest arrived at 4pm after a six-hour drive and we had no room for "
            "her. Her booking had come through a booking website and had not appeared in StayDesk, so the "
            "hotel was full. She was upset and then really angry and said she had never been treated so "
            "badly.\n\n"
            "I stayed calm and did not get defensive. I let her talk, kept my voice down, and took her "
            "into the lounge away from the desk with a cup of tea.\n\n"
            "I told her I was really sorry and that I could see how exhausted she was after that drive, "
            "and I asked what she needed from her stay. She was there for her sister's birthday the next "
            "day, so staying near Keswick mattered more than anything.\n\n"
            "I explained what I could do next and gave her the choices: I could book her into our sister "
            "hotel in the next village at our cost with a free taxi there and back for the party, or she "
            "could wait an hour while I checked whether a cancellation was coming through. She chose the "
            "sister hotel.\n\n"
            "Our overbooking procedure says we must find the guest a room of the same standard or better "
            "nearby, pay for it and for transport, and refund the first night, so that is what I did, "
            "after checking it with the duty manager.\n"},
        {"path": E10, "kind": "docx", "title": "Journal 10", "created": "2026-02-09T19:30:00Z", "blocks": [
            ("h1", "Journal entry 10 - 9 February 2026"),
            ("p", "Follow up from last week's overbooking. I rang the guest at the sister hotel that evening "
                  "to make sure she had arrived and the room was okay, and again the next morning to "
                  "confirm the taxi time for the party. When the refund went through on Thursday I emailed "
                  "her to let her know."),
            ("p", "I wrote everything in the guest incident log that night: what went wrong with the "
                  "booking, what she said, what we offered, what it cost and the refund reference. I also "
                  "emailed the reservations manager with the booking website reference so she could find "
                  "out why it had not come through."),
            ("p", "I felt like it was my problem to sort out, even though it was not my fault. I did not "
                  "just hand her over to the duty manager: I booked the other hotel myself, organised the "
                  "taxi, chased the refund with accounts and wrote her a personal note. She emailed the "
                  "hotel to say I had turned it around and she would book again, which she has, for "
                  "August!"),
            ("p", "What I learned: the guest cared more about getting to the party than about the room. "
                  "Asking what she needed was the turning point."),
        ]},
        {"path": E11, "kind": "md", "text":
            "# Journal entry 11 - 23 February 2026\n\n"
            "Did my self-assessment with my skills coach, Priya. We used a checklist of the skills in "
            "the standard and I scored each one from 1 to 5. Strengths: talking to guests, staying calm, "
            "StayDesk. Weaknesses: writing emails (too casual), confidence on the phone when I do not "
            "know the answer, and knowing the bar and restaurant side.\n\n"
            "From that we wrote my development plan. Three goals:\n\n"
            "- Use the email templates and have Gareth check my emails for a month, by the end of March\n"
            "- Shadow the restaurant manager for two evening shifts by mid-March\n"
            "- Learn the answers to the ten most common phone questions and keep a crib sheet, by April\n\n"
            "Each goal has a date and Priya will check them at my next review.\n"},
        {"path": E12, "kind": "txt", "text":
            "Journal entry 12 - 9 March 2026\n\n"
            "I have started asking for feedback more. After busy check-ins I ask Gareth how it went, I "
            "ask housekeeping whether my room notes make sense to them, and I read every review that "
            "mentions the front desk. It was also part of my mid-year review.\n\n"
            "Gareth said my emails were friendly but too chatty for some guests, like business bookers. "
            "Since then I use the templates and I read each email back before I send it, and he said last "
            "week that my emails are now spot on. Housekeeping told me my notes were too vague, so now I "
            "write the exact request, like 'extra blanket, room 12, before 6pm'.\n\n"
            "Priya and I reviewed my development plan today. The email goal is done, so we swapped it "
            "for learning the night audit. The restaurant shadowing only happened once because of staff "
            "sickness, so we moved it to April. The crib sheet is half done. I found the plan more "
            "useful than I thought because it made me actually do things.\n"},
        {"path": E13, "kind": "docx", "title": "Journal 13", "created": "2026-03-23T22:10:00Z", "blocks": [
            ("h1", "Journal entry 13 - 23 March 2026"),
            ("p", "Last entry before my showcase goes in. I wanted to write about the team, because the "
                  "Larchwood only works when everyone helps each other."),
            ("p", "On Saturday housekeeping were two people down, so when the desk was quiet I helped make "
                  "up three rooms so the early arrivals were not kept waiting. The team were really "
                  "grateful and one of them covered my break later."),
            ("p", "I am careful to pass things on straight away. When a guest told me at check-in that her "
                  "son has a nut allergy, I phoned the kitchen and wrote it on the dinner sheet before she "
                  "had even gone up to her room, so the chef knew before they ordered."),
            ("p", "After my fire marshal course I showed the two new receptionists how to print the guest "
                  "list for the assembly point and where the grab bag is kept, and I added it to our desk "
                  "folder so the night porters have it too."),
            ("p", "I have learned to change how I talk to different people. Our night porter, Stan, is "
                  "old school and likes things written down, so I leave him a handwritten handover rather "
                  "than a message on the app. The new receptionist from Spain sometimes misses things when "
                  "I talk fast, so I slow down and show her on the screen. With guests who are stressed I "
                  "keep it short and sort the problem first, and chat later."),
        ]},
        {"path": REVIEW, "kind": "docx", "author": "Gareth Lowe", "title": "Mid-year review",
         "created": "2026-03-04T15:00:00Z",
         "blocks": [
            ("title", "Mid-year performance review"),
            ("p", "Employee: Amira Hassan, Apprentice Receptionist. Reviewer: Gareth Lowe, Front Office "
                  "Manager. Date: 4 March 2026."),
            ("h2", "Performance"),
            ("p", "Amira has had a strong six months. Her guest feedback is excellent and her StayDesk "
                  "accuracy is the best on the team."),
            ("p", "When the boiler failed on the morning of 12 January, with the hotel nearly full, Amira "
                  "stayed professional and calm. She agreed with me to put her wedding planning to one "
                  "side, phoned every guest due to arrive that day to warn them and offer to move their "
                  "stay, and set up the portable heaters list with maintenance. She went back to the "
                  "wedding jobs the following day and still met every deadline."),
            ("p", "In February Amira suggested a printed card of short local walks for guests to take from "
                  "the desk. She came to the heads of department meeting with the numbers: we were getting "
                  "around fifteen requests a day for walking directions, each taking five minutes, and "
                  "several reviews asked for more local tips. She proposed a trial with three routes and "
                  "offered to draft it. The card has been printed and guests love it."),
            ("h2", "Feedback given"),
            ("p", "Emails are friendly but sometimes too informal for business guests; use the templates. "
                  "Continue to build confidence on the phone."),
            ("p", "Signed: Gareth Lowe and Amira Hassan"),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": E01, "phrase": "It is a private business so it has to make money"}]},
        "M02-K2": {"status": "weak", "passages": [
            {"file": E01, "phrase": "Our strapline is \"Your home in the hills\"."}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": E02, "phrase": "So the service culture here is basically the values in action"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": E02, "phrase": "The cancellation policy is there so the hotel does not lose money"}]},
        "M02-K5": {"status": "missing", "passages": []},
        "M02-K6": {"status": "weak", "passages": [
            {"file": E02, "phrase": "Policies sometimes get in the way of what guests want."}]},
        "M03-K1": {"status": "weak", "passages": [
            {"file": E04, "phrase": "There are loads of laws we have to follow, like GDPR"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": E04, "phrase": "My responsibilities are to never give out room numbers or say who is staying"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": E05, "phrase": "the hotel, as the employer, has to keep the building and equipment safe"},
            {"file": E05, "phrase": "My own duties as an employee are to look after my own safety"}]},
        "M03-K4": {"status": "missing", "passages": []},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": E03, "phrase": "I have finally got the hang of StayDesk, which is our booking system."}]},
        "M04-K2": {"status": "weak", "passages": [
            {"file": E03, "phrase": "The owners always check TripAdvisor reviews."}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": E07, "phrase": "A feature is what is in the package, like a 45-minute massage"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": E07, "phrase": "the head chef does a tasting every time the menu changes"}]},
        "M07-K3": {"status": "missing", "passages": []},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": E06, "phrase": "Both suited them and both were good for the hotel"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": E06, "phrase": "I explained it in terms of what they wanted"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": E06, "phrase": "The husband said the lake-view room was more than they wanted to spend."}]},
        "M10-S4": {"status": "missing", "passages": []},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": E08, "phrase": "Gareth and I agreed the deadlines: room allocation finished by 30 January"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": E08, "phrase": "To keep track I use the front desk Trello board that Gareth set up."}]},
        "M11-S3": {"status": "appendix_only", "passages": [
            {"file": REVIEW, "phrase": "She agreed with me to put her wedding planning to one side"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": E09, "phrase": "I stayed calm and did not get defensive."}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": E09, "phrase": "I could see how exhausted she was after that drive"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": E09, "phrase": "I explained what I could do next and gave her the choices"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": E09, "phrase": "Our overbooking procedure says we must find the guest a room of the same standard"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": E10, "phrase": "I rang the guest at the sister hotel that evening to make sure she had arrived"}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": E10, "phrase": "I wrote everything in the guest incident log that night"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": E10, "phrase": "I felt like it was my problem to sort out, even though it was not my fault."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": E11, "phrase": "Did my self-assessment with my skills coach, Priya."}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": E11, "phrase": "From that we wrote my development plan. Three goals:"}]},
        "M13-B3": {"status": "evidenced", "passages": [
            {"file": E12, "phrase": "Priya and I reviewed my development plan today."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": E12, "phrase": "After busy check-ins I ask Gareth how it went"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": E12, "phrase": "Since then I use the templates and I read each email back before I send it"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": E13, "phrase": "I helped make up three rooms so the early arrivals were not kept waiting"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": E13, "phrase": "I am careful to pass things on straight away."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": E13, "phrase": "I showed the two new receptionists how to print the guest list"}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": E13, "phrase": "I have learned to change how I talk to different people."}]},
        "M15-B5": {"status": "appendix_only", "passages": [
            {"file": REVIEW, "phrase": "In February Amira suggested a printed card of short local walks"}]},
    },
}
