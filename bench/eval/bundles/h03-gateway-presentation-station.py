BUNDLE = {
    "name": "h03-gateway-presentation-station",
    "split": "heldout",
    "profile": "gateway-presentation",
    "container": "tar.gz",
    "author_note": (
        "Train operator station team apprentice; a presentation deck with speaker notes organised by "
        "Gateway's module titles. Two slides are hidden (the apprentice hid them to shorten the talk): "
        "the only evidence for codes of practice (M03-K5) and for presenting an improvement idea "
        "(M15-B5) is on them, so both are beyond_limit. Weak: impact of policies on service, "
        "measures and evaluation tools (bare mention), record keeping (bare), PDP review (vague). "
        "Missing: sharing personal learning with the team."
    ),
    "files": [
        {"path": "Callum Ferris - Showcase Presentation.pptx", "kind": "pptx", "slides": [
            {"title": "My Customer Service Practitioner Showcase",
             "body": ["Callum Ferris", "Customer Service Assistant, Hollins Cross station",
                      "Eastmere Railway"],
             "notes": ["Hi, I'm Callum. I've worked at Hollins Cross for just over a year on a rota of "
                       "early and late shifts. I work in the ticket office, on the gateline and on the "
                       "platforms, helping passengers with tickets, information and assistance."]},
            {"title": "Understanding the organisation: who we are",
             "body": ["Eastmere Railway runs trains and 41 stations under a contract with the government",
                      "Private company, public service",
                      "Aim: get people where they need to go safely, on time and at a fair price"],
             "notes": ["Public sector organisations are owned and paid for by the government, like the "
                       "police or the NHS. Private sector companies are owned privately and aim to make "
                       "a profit. Third sector means charities and voluntary groups, like the community "
                       "rail partnership that looks after the flower beds at our station.",
                       "Eastmere Railway is a private company, but it runs the trains under a contract "
                       "with the Department for Transport, which sets the timetable, a lot of the fares "
                       "and the standards we have to meet. So we are a private business providing a "
                       "public service, and our aims reflect that: to run a safe, punctual and reliable "
                       "railway, to get more people travelling by train instead of by car, and to make "
                       "every station accessible to everyone. The company makes a profit, but it only "
                       "keeps its contract if it meets the government's targets for punctuality and "
                       "passenger satisfaction."]},
            {"title": "Our brand promise",
             "body": ["'Every journey matters'"],
             "notes": ["A brand promise is the commitment a company makes to its customers about the "
                       "experience they will get every time. Ours is 'Every journey matters'. To me it "
                       "means a commuter who travels twice a day and a nervous first-time traveller "
                       "with a suitcase both deserve the same care. When I see someone looking lost at "
                       "the ticket machines, I go over and help instead of waiting for them to come to "
                       "the window."]},
            {"title": "Our values and service culture",
             "body": ["Safe", "Helpful", "Reliable", "Together"],
             "notes": ["Core values are the principles a company expects everyone to work by. Service "
                       "culture is the way customer service is done across the whole company, the "
                       "attitude staff have towards passengers every day, not just what it says in the "
                       "rules.",
                       "Our values link straight into our service culture. 'Safe' comes first, so if "
                       "there is a choice between rushing a train out and making sure someone in a "
                       "wheelchair is on board safely, we always take the time. 'Helpful' means staff at "
                       "every grade are expected to help passengers, so even our cleaners and drivers "
                       "give directions. 'Together' is why station staff, train crew and control all "
                       "share information during disruption so passengers get the same message from "
                       "everyone."]},
            {"title": "Policies and procedures",
             "body": ["Passenger Assist procedure",
                      "Revenue protection (ticket checking) policy",
                      "Lost property procedure",
                      "Complaints and feedback procedure",
                      "Disruption procedure"],
             "notes": ["Policies set out the company's rules and why they exist, so everyone works the "
                       "same way and stays within the law. Procedures tell us how to carry them out. The "
                       "Passenger Assist procedure tells us how to book and give help to disabled or "
                       "older passengers, including ramps and meeting people off trains. The revenue "
                       "protection policy explains when and how we check tickets and when a penalty fare "
                       "can be issued. The lost property procedure makes sure items are logged, stored "
                       "safely and returned to the right person. The disruption procedure tells us what "
                       "to do when trains are delayed or cancelled.",
                       "A complaints procedure should say how passengers can complain, who deals with "
                       "it, how long it will take and what happens if they are still unhappy. Ours lets "
                       "passengers complain at the station, online or by phone, and they get a reply "
                       "within 20 working days.",
                       "These policies are important for customer service."]},
            {"title": "Digital and social media",
             "body": ["Only the social media team speaks for Eastmere online",
                      "No photos of passengers, incidents or staff areas",
                      "Never share live incident information before control announces it"],
             "notes": ["Digital media means anything shared on screens, websites, apps, social media, "
                       "emails and the information screens at stations. Our digital media policy says "
                       "staff must not post on behalf of Eastmere. Only the social media team replies "
                       "to passengers online. We must not post photos or videos of passengers, incidents "
                       "on the railway or staff-only areas, and we must not share information about "
                       "incidents, for example a fatality or a trespasser, before it has been officially "
                       "announced. If a passenger complains to me about something they saw on social "
                       "media, I give them the official information and the customer relations contact "
                       "instead of my own opinion."]},
            {"title": "Meeting regulations and legislation",
             "body": ["Equality Act 2010",
                      "Consumer Rights Act 2015",
                      "Railway byelaws",
                      "Data Protection Act 2018 and UK GDPR"],
             "notes": ["The Equality Act means we must not treat disabled passengers less favourably and "
                       "must make reasonable adjustments. That is why we carry ramps, give help to board "
                       "and have a hearing loop at the ticket window. The Consumer Rights Act says a "
                       "service must be given with reasonable care and skill, which is one reason "
                       "passengers can claim money back for delays. The railway byelaws are the rules "
                       "for behaving on the railway, like not smoking and having a valid ticket, and they "
                       "are why I can ask someone to buy a ticket before travelling. Data protection "
                       "affects how we handle CCTV, lost property and passengers' details."]},
            {"title": "If we get it wrong",
             "body": ["Fines, court claims and losing the contract"],
             "notes": ["If Eastmere broke the Equality Act, a disabled passenger could take us to court "
                       "and we would have to pay compensation, and we could be told off publicly by the "
                       "regulator. If we didn't pay Delay Repay properly under consumer law, passengers "
                       "could take legal action and the Department for Transport could see it as a "
                       "breach of our contract. If we broke data protection, for example by showing "
                       "someone's CCTV footage to the wrong person, the Information Commissioner could "
                       "fine us. Any of these would damage our reputation, and in the worst case the "
                       "government could take the contract away from us."]},
            {"title": "Codes of practice",
             "body": ["Accessible Travel Policy",
                      "Complaints Code of Practice from the Office of Rail and Road"],
             "notes": ["Train companies have to follow codes of practice set by the regulator, the Office "
                       "of Rail and Road. Our Accessible Travel Policy is one: it sets out exactly what "
                       "help disabled passengers can expect, for example that if they book Passenger "
                       "Assist two hours before, we will meet them with a ramp. This affects my service "
                       "because I have to make sure assistance is ready and that the passenger is met "
                       "at the other end too, even if it means leaving the ticket office for ten "
                       "minutes.",
                       "The Complaints Code of Practice means every complaint gets a proper answer and "
                       "passengers are told they can go to the Rail Ombudsman if they aren't happy. So "
                       "when someone complains at the station I must give them the right contact details "
                       "and not just try to brush it off. These codes make the service more consistent "
                       "and fair, although they sometimes mean more paperwork."],
             "hidden": True},
            {"title": "Confidentiality",
             "body": ["Passengers' names, phone numbers and addresses",
                      "Passenger Assist bookings and disability details",
                      "CCTV footage",
                      "Lost property details"],
             "notes": ["I am responsible for only using passengers' information for the job it was given "
                       "for. I don't leave Passenger Assist booking sheets on the counter where people "
                       "can see them, I lock the ticket office computer when I step away, and I never "
                       "tell anyone whether a particular person has travelled or been at the station. "
                       "CCTV can only be viewed by authorised staff and I pass any requests to my "
                       "supervisor.",
                       "Keeping information confidential is important because it protects passengers' "
                       "safety and privacy. For example, someone could use a Passenger Assist booking to "
                       "find out when a vulnerable person would be alone on a platform. It is also the "
                       "law under data protection and it keeps passengers' trust."]},
            {"title": "Health and safety at work",
             "body": ["Eastmere: risk assessments, training, PPE, safe systems of work",
                      "Me: follow training, wear PPE, report hazards, look after others"],
             "notes": ["Under the Health and Safety at Work Act my employer has to make the workplace as "
                       "safe as reasonably practicable. For Eastmere that means doing risk assessments "
                       "for the platforms and the ticket office, giving us training like platform "
                       "safety and dispatch awareness, providing PPE such as high-visibility vests, and "
                       "having safe systems of work, for example for icy platforms.",
                       "As an employee I have to take reasonable care of my own safety and the safety "
                       "of passengers and colleagues, cooperate with my employer, use the PPE provided, "
                       "never interfere with safety equipment and report hazards. Last winter I reported "
                       "a broken handrail on the footbridge and taped it off until it was repaired."]},
            {"title": "Systems and resources",
             "body": ["Ticket office machine and card reader",
                      "Self-service ticket machines",
                      "Customer information screens and PA",
                      "Radio and help points",
                      "Passenger Assist booking system"],
             "notes": ["I use the ticket office machine to sell tickets, railcards and season tickets and "
                       "to give refunds. It finds the cheapest fare for the journey, which helps me get "
                       "passengers the best deal. When the queue is long, I help people use the "
                       "self-service machines. The customer information screens and the PA let us give "
                       "live information about delays and platform changes, and I make announcements "
                       "when trains are disrupted. I carry a radio to speak to the other staff on the "
                       "station and to control. The Passenger Assist system shows me who has booked "
                       "help, which train they are on and what they need, so I can have a ramp ready.",
                       "Our service is also measured by mystery shoppers."]},
            {"title": "Product and service knowledge",
             "body": ["Products: tickets, season tickets, railcards",
                      "Services: Passenger Assist, lost property, journey planning",
                      "16-25 Railcard - feature: a third off most fares; benefit: cheaper travel"],
             "notes": ["A product is something the passenger buys and keeps, like a ticket or a railcard. "
                       "A service is something we do for them, like Passenger Assist or helping them "
                       "plan a journey. A feature is a fact about what a product does, and a benefit is "
                       "how that helps the passenger. For example, a feature of the 16-25 Railcard is "
                       "that it takes a third off most fares for a year. The benefit is that a student "
                       "can afford to travel home at weekends. A feature of Passenger Assist is that "
                       "staff meet you off the train; the benefit is that you can travel on your own "
                       "with confidence.",
                       "I keep my knowledge up to date through the weekly briefing email from our "
                       "station manager, the fares training when fares change every March, the online "
                       "learning modules, and by checking the routeing guide on the ticket office machine "
                       "whenever I'm not sure a ticket is valid for a route.",
                       "It's important to keep up to date because fares, timetables and engineering "
                       "works change all the time. If I sold someone the wrong ticket because I didn't "
                       "know about a change, they could be charged a penalty fare on the train or miss a "
                       "connection, and they would lose trust in what station staff tell them. It also "
                       "costs the company in refunds and complaints."]},
            {"title": "Influencing skills",
             "body": ["Student buying a return to Denholm every week",
                      "Found out how often she travels",
                      "Suggested the 16-25 Railcard",
                      "She wasn't sure about paying up front"],
             "notes": ["A student came to the window to buy an off-peak return to Denholm, and it was "
                       "the third week in a row I had served her. I asked how often she travelled and "
                       "she said every weekend to visit her mum, and she was 19. I offered her the 16-25 "
                       "Railcard because it fitted how often she travels, and it is good for the company "
                       "too because it keeps regular young passengers on the train rather than getting "
                       "lifts.",
                       "I explained it clearly: her return was £12.60, with the railcard it would be "
                       "£8.40, so she would save £4.20 every trip, and after nine trips it would have "
                       "paid for itself. After that, every weekend would be cheaper for the rest of the "
                       "year.",
                       "She said £35 was a lot to pay at once. I said I understood, and showed her she "
                       "could buy the digital railcard on her phone, and that if she bought it that day "
                       "it would already save her £4.20 on that ticket. She thought about it and bought "
                       "one."]},
            {"title": "When the answer is no",
             "body": ["Advance ticket for a train he missed",
                      "Advance tickets are only valid on the booked train",
                      "Explained why and offered the cheapest way to travel"],
             "notes": ["A passenger missed the train on his Advance ticket because he was stuck in traffic "
                       "and asked me to change it for free. I couldn't, because Advance tickets are only "
                       "valid on the train booked, and they are cheap for exactly that reason. I "
                       "explained this politely, that the low price is in exchange for being tied to one "
                       "train and that the conditions are shown when you buy. He wasn't happy, but I "
                       "found him the cheapest ticket for the next train, which was an off-peak single "
                       "after 09:30, so he only had to wait twenty minutes and saved £18 compared to "
                       "buying an anytime ticket."]},
            {"title": "Personal organisation",
             "body": ["Shift duties agreed with my supervisor at the start of each shift",
                      "Station duty checklist and shift log",
                      "Disruption changes everything"],
             "notes": ["At the start of each shift my supervisor gives me my duties and the times they "
                       "must be done by. On an early turn the station must be open and the ticket "
                       "machines checked before the first train at 05:52, the waiting room checked by "
                       "07:00 and the lost property log sent by 13:00. I plan the shift around the train "
                       "times, doing the checks before the busy commuter trains and paperwork when it is "
                       "quieter.",
                       "I use the station duty checklist, which is a printed sheet where I tick off each "
                       "task and write the time, and I write anything not finished in the shift log so "
                       "the next person can pick it up. Halfway through the shift I look at the checklist "
                       "to see what's left and whether I'm on track.",
                       "One morning a signal failure at Denholm cancelled four trains. I told my "
                       "supervisor I would leave the waiting room check and the lost property log until "
                       "later, and I went onto the platform to make announcements, help people find the "
                       "replacement buses and hand out ticket acceptance information. I stayed polite "
                       "even when people were frustrated, and once the trains were running again I went "
                       "back and finished the checklist, only forty minutes late."]},
            {"title": "Dealing with customer conflict and challenge",
             "body": ["Train cancelled - passenger missing a hospital appointment",
                      "Stayed calm, listened, apologised",
                      "Options: next train or taxi authorised by control",
                      "Delay Repay explained"],
             "notes": ["During disruption a passenger came to the ticket office shouting because his "
                       "train had been cancelled and he was going to miss a hospital appointment in "
                       "Eastmere. He banged on the window and swore at me. I stayed calm, kept my voice "
                       "level and let him say what he needed to. I said I was really sorry and that I "
                       "understood how worrying it must be to miss a hospital appointment that you've "
                       "waited weeks for. I asked him what time the appointment was so I could see what "
                       "we could do.",
                       "I explained his options clearly. The next train was in 55 minutes and would get "
                       "him there twenty minutes late, or, because our disruption procedure allows taxis "
                       "when a passenger would miss a medical appointment, I could ask control to "
                       "authorise one. He chose the taxi.",
                       "I rang control myself straight away rather than sending him to the helpline, got "
                       "the taxi authorised and booked it, walked him out to the taxi rank, and told "
                       "him I would ring the hospital department to let them know he was on his way. I "
                       "did that as soon as he had left. I also gave him a Delay Repay card and told him "
                       "how to claim online for the cancelled journey, in line with our policy.",
                       "While we waited for the taxi I gave him an update every few minutes: when control "
                       "had agreed, when the taxi was booked and when it was five minutes away.",
                       "I made a note of it afterwards."]},
            {"title": "Developing self",
             "body": ["SWOT analysis with my supervisor",
                      "Strengths: calm, good with older passengers",
                      "Weaknesses: fares knowledge, PA announcements",
                      "Development plan"],
             "notes": ["I did a SWOT analysis with my supervisor and my apprenticeship tutor. My strengths "
                       "are staying calm and being patient with older passengers. My weaknesses were my "
                       "knowledge of complicated fares, like split tickets and routes, and I was nervous "
                       "making announcements on the PA. An opportunity was the fares course in "
                       "September, and a threat was the new ticket machines coming in, which I would "
                       "have to learn.",
                       "My development plan has three goals: pass the fares and ticketing course by the "
                       "end of September, make at least five PA announcements a shift for a month with "
                       "my supervisor listening, and learn the new ticket machines well enough to help "
                       "passengers by the time they go live in January.",
                       "I look at my plan now and again to see how I am doing."]},
            {"title": "Being open to feedback",
             "body": ["Asked my supervisor to listen to my announcements",
                      "Passenger comment cards",
                      "What I changed"],
             "notes": ["I asked my supervisor to listen to my PA announcements for a week and tell me "
                       "honestly how they sounded. I also look at the passenger comment cards from the "
                       "box in the booking hall, and my tutor gives me formal feedback at my reviews.",
                       "My supervisor said I spoke too fast and people on the platform couldn't catch "
                       "the platform number. I wrote out a script with pauses, practised it and started "
                       "saying the platform number twice. The next week a regular passenger said my "
                       "announcements were the clearest on the station."]},
            {"title": "Team working",
             "body": ["Station team of seven, plus train crew and control",
                      "Radio updates to the platform team",
                      "Adapting to passengers and colleagues"],
             "notes": ["I work with six others on the station, and with train crew and control. I swap "
                       "shifts to help colleagues when they need it and I cover the gateline so others "
                       "can take breaks on time, which keeps the station running.",
                       "When a Passenger Assist booking comes through for the next train, I radio the "
                       "platform staff straight away with the coach, the time and what help is needed, "
                       "so the ramp is there when the train stops and the passenger isn't left waiting.",
                       "I change how I communicate depending on who I'm with. A deaf passenger came to "
                       "the window during disruption, so I wrote the times and platform on a notepad and "
                       "faced him when I spoke so he could lip-read. When my colleague Tom was "
                       "stressed during the same disruption, I kept my radio messages to him short and "
                       "only gave him what he needed to act on, and saved the rest until it was quieter."]},
            {"title": "My idea: a 'next train' board in the booking hall",
             "body": ["Problem: passengers queue at the window just to ask the next train",
                      "Idea: a simple screen in the booking hall",
                      "Presented to the station manager"],
             "notes": ["I noticed that in the morning peak about a third of the people in the ticket "
                       "office queue only wanted to know when the next train was, because the "
                       "information screens are on the platforms and not in the booking hall. I counted "
                       "for a week and it was 40 to 60 people every morning.",
                       "I wrote a one-page idea and presented it to the station manager at my review, "
                       "suggesting a departure screen in the booking hall. I explained it would shorten "
                       "the queue, so passengers buying tickets wouldn't miss their trains, and free up "
                       "staff to help people on the platform. She liked it and has put it in the bid for "
                       "next year's station improvement budget."],
             "hidden": True},
            {"title": "Thank you", "body": ["Any questions?"], "notes": []},
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "So we are a private business providing a public service"}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "A brand promise is the commitment a company makes to its customers"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Our values link straight into our service culture"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Core values are the principles a company expects everyone to work by"}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Policies set out the company's rules and why they exist"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "A complaints procedure should say how passengers can complain"}]},
        "M02-K5": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Our digital media policy says staff must not post on behalf of Eastmere"}]},
        "M02-K6": {"status": "weak", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "These policies are important for customer service."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "The Equality Act means we must not treat disabled passengers less favourably"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I am responsible for only using passengers' information for the job"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Keeping information confidential is important because it protects passengers' safety"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Under the Health and Safety at Work Act my employer has to make the workplace"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "As an employee I have to take reasonable care of my own safety"}]},
        "M03-K4": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "If Eastmere broke the Equality Act, a disabled passenger could take us to court"}]},
        "M03-K5": {"status": "beyond_limit", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Train companies have to follow codes of practice set by the regulator"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "The Complaints Code of Practice means every complaint gets a proper answer"}]},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I use the ticket office machine to sell tickets, railcards and season tickets"}]},
        "M04-K2": {"status": "weak", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "Our service is also measured by mystery shoppers."},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "it only keeps its contract if it meets the government's targets for punctuality"}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "A feature is a fact about what a product does, and a benefit is"}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I keep my knowledge up to date through the weekly briefing email"}]},
        "M07-K3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "It's important to keep up to date because fares, timetables and engineering works"}]},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I offered her the 16-25 Railcard because it fitted how often she travels"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I explained it clearly: her return was £12.60"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "She said £35 was a lot to pay at once. I said I understood"}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I explained this politely, that the low price is in exchange for being tied"}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "At the start of each shift my supervisor gives me my duties and the times"}]},
        "M11-S2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I use the station duty checklist, which is a printed sheet"}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I told my supervisor I would leave the waiting room check and the lost property log"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I stayed calm, kept my voice level and let him say what he needed to"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "understood how worrying it must be to miss a hospital appointment"}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I explained his options clearly. The next train was in 55 minutes"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "because our disruption procedure allows taxis when a passenger would miss a medical appointment"},
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "how to claim online for the cancelled journey, in line with our policy"}]},
        "M12-S5": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "While we waited for the taxi I gave him an update every few minutes"}]},
        "M12-S6": {"status": "weak", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I made a note of it afterwards."}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I rang control myself straight away rather than sending him to the helpline"}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I did a SWOT analysis with my supervisor and my apprenticeship tutor"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "My development plan has three goals: pass the fares and ticketing course"}]},
        "M13-B3": {"status": "weak", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I look at my plan now and again to see how I am doing."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I asked my supervisor to listen to my PA announcements for a week"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I wrote out a script with pauses, practised it"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I swap shifts to help colleagues when they need it"}]},
        "M15-B2": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I radio the platform staff straight away with the coach, the time"}]},
        "M15-B3": {"status": "missing", "passages": []},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I change how I communicate depending on who I'm with"}]},
        "M15-B5": {"status": "beyond_limit", "passages": [
            {"file": "Callum Ferris - Showcase Presentation.pptx",
             "phrase": "I wrote a one-page idea and presented it to the station manager"}]},
    },
}
