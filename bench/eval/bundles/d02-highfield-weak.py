# Development bundle d02: a short, weak Highfield report. All people and firms are invented.
REPORT = "Jordan Pike showcase report.docx"
WITNESS = "Appendices/Witness statement - Dave Pritchard.docx"

BUNDLE = {
    "name": "d02-highfield-weak",
    "split": "dev",
    "profile": "highfield-report",
    "container": "zip",
    "apprentice": "Jordan Pike",
    "author_note": (
        "Weak writer at a car dealership service desk; about 1,500 words. Uses some of Highfield's "
        "section titles but leaves out the core values, social media policy, maintaining knowledge, "
        "planning and prioritising, health and safety and how to develop yourself sections (their topics get a line "
        "elsewhere or nothing). Many bare mentions (weak): the brand promise is only quoted, values are "
        "only listed, laws are only named, only the employee's health and safety duties are given, the "
        "feature/benefit difference is never made. M15-B2 is evidenced only in the manager's witness "
        "statement (appendix_only). No criterion codes."),
    "files": [
        {"path": REPORT, "kind": "docx", "title": "Showcase report",
         "created": "2026-05-02T19:10:00Z", "modified": "2026-05-11T22:57:00Z",
         "blocks": [
            ("title", "Apprentice Showcase Report"),
            ("p", "Name: Jordan Pike"),
            ("p", "Employer: Castlegate Motors"),
            ("p", "Job: Service Advisor Apprentice"),
            ("p", "I have worked at Castlegate Motors for 14 months on the service desk. I book cars in for "
                  "services and MOTs, answer the phone and hand the cars back to customers. My day is busy "
                  "so I try to do the most important jobs first."),
            ("p", "Before this I worked in a chip shop on Saturdays, so I was used to customers but not to "
                  "cars. At first I did not know what half the parts were called. The service desk has "
                  "three of us and we are at the front of the building by the showroom, with the workshop "
                  "behind us through a door. Most of our customers are local and a lot of them are older "
                  "people who have bought more than one car from us."),

            ("h1", "Task 1 - Understanding your organisation"),
            ("h2", "The aims of the organisation"),
            ("p", "Castlegate Motors is a private company. It is a franchised dealer for one car make and "
                  "we have two sites. Being private means the owners need it to make money. Our aims are to "
                  "sell new and used cars, to service the cars we sell so the customers keep coming back to "
                  "us and not to the cheap garages, and to get good scores from the manufacturer. The motor "
                  "trade is really competitive so keeping customers is the main aim."),
            ("p", "We also want more customers to buy a service plan when they buy their car, because then "
                  "they come back to us every year."),
            ("h2", "The organisation's brand promise"),
            ("p", "Our brand promise is \"Driven by you\". It is on the sign outside and on the website."),
            ("p", "Our values are Respect, Teamwork and Honesty. They are on the wall in the staff room."),
            ("h2", "The policies and procedures that affect your customer service role"),
            ("p", "The policies I use are the complaints policy, the data protection policy and the "
                  "courtesy car policy. We have a complaints policy so every customer gets treated the same "
                  "way and complaints do not get lost. The courtesy car policy is there so we only lend cars "
                  "to people with a full licence and the right insurance."),
            ("h2", "Features and benefits of products and services"),
            ("p", "We sell servicing, MOTs, tyres, brakes, service plans and extended warranties. The "
                  "service plan is popular because people pay monthly."),
            ("p", "A service is when the technician changes the oil and filters and checks the car over. An "
                  "MOT is the yearly test that the law says cars over three years old have to have. We do "
                  "both and a lot of people have them done on the same day."),
            ("p", "When a new model comes out the manufacturer sends us e-learning and I do it on the "
                  "computer in the back office. I also read the service bulletin that comes every month "
                  "and ask the workshop controller if I do not understand something."),

            ("h1", "Task 2 - Customer service essentials"),
            ("h2", "Legislation and regulation"),
            ("p", "We have to follow GDPR and the Consumer Rights Act and health and safety law."),
            ("p", "For health and safety I have to keep my area tidy, not go in the workshop without the "
                  "right shoes, and report any spills or hazards to the workshop controller."),
            ("h2", "Technology and systems"),
            ("p", "We use the DMS which is the dealer management system. I use it to book cars in, look up "
                  "the service history and print the job card for the technician. When the car is done we "
                  "send a text from the DMS so the customer knows it is ready and does not have to ring up "
                  "and wait on hold. We also have the key cabinet with a code so keys do not go missing."),
            ("p", "There is also the video check. The technician films the car on the ramp and we send the "
                  "video to the customer so they can see the brake pads or the tyres for themselves before "
                  "they agree to the work. Customers like this because they can see we are not making it "
                  "up."),
            ("p", "We get surveys from the manufacturer."),
            ("h2", "Confidentiality"),
            ("p", "I am not allowed to give out customer details to anyone. If someone rings up about a "
                  "car I check they are the owner by asking the registration and the postcode before I "
                  "say anything. I lock my computer when I go in the workshop and I put old job cards in the "
                  "shredding box not the bin."),
            ("p", "Customers give us their address, phone number, email and sometimes bank details for the "
                  "service plan, so it is important to keep it safe. If I leave the desk for a minute I turn "
                  "the booking screen away from the counter."),

            ("h1", "Task 3 - Customer service in action"),
            ("h2", "How to influence others"),
            ("p", "A man came in for a service and he said he needed his car back by 3 because he had to "
                  "pick up his kids. The job was going to take all day. I offered him a courtesy car or he "
                  "could wait and we could move him to a shorter service slot next week. I told him the "
                  "courtesy car meant he could still do the school run and we could keep his booking, which "
                  "was good for us as well because the workshop had planned the day around it. He took the "
                  "courtesy car."),
            ("p", "I told him about the courtesy car and he was happy."),
            ("h2", "Dealing with customer conflict and challenge"),
            ("p", "One time a lady was really angry because her car was not ready when we said. She was "
                  "shouting at the desk. I did not shout back and I kept calm and let her say what she had "
                  "to say, then I spoke quietly and she calmed down a bit."),
            ("p", "She had booked the car in for a service and a new clutch. We told her it would be ready "
                  "by 2 o'clock but at 2 o'clock it was still on the ramp in bits. She had taken the "
                  "afternoon off work to get it and she had already paid for a taxi to get to us. Other "
                  "customers were waiting behind her and looking at us."),
            ("p", "I said sorry to her for the wait."),
            ("p", "I went and asked the workshop and the part had not come. I told her she could either "
                  "wait until 4 o'clock when the part was coming, or we could give her a courtesy car and "
                  "drop her car back to her house tomorrow. She picked the courtesy car."),
            ("p", "I followed the complaints procedure like you are meant to."),
            ("p", "I wrote what happened on the job card and put it on the complaints log with what she "
                  "said and what we did about it."),
            ("p", "After that I got my manager to deal with the rest of it."),
            ("h2", "Being open to feedback"),
            ("p", "At my monthly review I ask Dave, my manager, what I could do better, and I ask the "
                  "technicians if the job cards I write make sense to them. We also get customer comments "
                  "from the surveys."),
            ("p", "Dave said I talk too fast on the phone. So now I slow down and I read the booking back to "
                  "the customer at the end. Since I started doing that less customers ring back to check "
                  "what time their car is booked in."),
            ("p", "I think my strength is that I am friendly."),
            ("p", "I have a plan with my tutor to get better at things."),
            ("h2", "Working in a team"),
            ("p", "I get on well with the technicians and the sales team. When it is busy I help the "
                  "valeter move cars round the front so customers are not waiting for their car to be "
                  "brought out, and the technicians help me explain things to customers when it is "
                  "something technical."),
            ("p", "On Saturday mornings there are only two of us on the desk and it gets very busy with "
                  "people collecting cars. We split it so one person does the phone and one person does the "
                  "handovers, and we swap every hour so it is fair. It works well and we have a laugh even "
                  "when it is busy."),
            ("p", "I like working at Castlegate and I want to stay on after my apprenticeship."),
            ("p", "Doing this report has made me think about how much I have learned in 14 months. I can "
                  "now book in most jobs on my own and I know most of the regular customers by name. I "
                  "still find some of the technical side hard but I am getting there."),
        ]},
        {"path": WITNESS, "kind": "docx", "author": "Dave Pritchard", "title": "Witness statement",
         "created": "2026-05-08T09:20:00Z",
         "blocks": [
            ("title", "Witness statement"),
            ("p", "I am Dave Pritchard, Aftersales Manager at Castlegate Motors. I have managed Jordan for "
                  "14 months."),
            ("p", "Jordan always keeps the workshop team informed. When a customer rings to say they will be late "
                  "dropping off, or asks for an extra job such as wipers, he walks over and tells the "
                  "workshop controller straight away and updates the job card, so the technician has it "
                  "before the car goes on the ramp. On the morning our phones went down he told every "
                  "technician and the sales team within a few minutes so nobody promised customers a call "
                  "back that could not happen."),
            ("p", "Jordan is polite with customers and gets on with everyone in the team."),
            ("p", "Signed: Dave Pritchard"),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "Castlegate Motors is a private company."},
            {"file": REPORT, "phrase": "The motor trade is really competitive so keeping customers is the main aim."}]},
        "M02-K2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "Our brand promise is \"Driven by you\"."}]},
        "M02-K3": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "Our values are Respect, Teamwork and Honesty."}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We have a complaints policy so every customer gets treated the same way"}]},
        "M02-K5": {"status": "missing", "passages": []},
        "M02-K6": {"status": "missing", "passages": []},
        "M03-K1": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "We have to follow GDPR and the Consumer Rights Act"}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I am not allowed to give out customer details to anyone."}]},
        "M03-K3": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "For health and safety I have to keep my area tidy"}]},
        "M03-K4": {"status": "missing", "passages": []},
        "M03-K5": {"status": "missing", "passages": []},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "We use the DMS which is the dealer management system."}]},
        "M04-K2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "We get surveys from the manufacturer."}]},
        "M07-K1": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "We sell servicing, MOTs, tyres, brakes, service plans and extended warranties."}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "When a new model comes out the manufacturer sends us e-learning"}]},
        "M07-K3": {"status": "missing", "passages": []},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I offered him a courtesy car or he could wait"}]},
        "M10-S2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I told him about the courtesy car and he was happy."}]},
        "M10-S3": {"status": "missing", "passages": []},
        "M10-S4": {"status": "missing", "passages": []},
        "M11-S1": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "My day is busy so I try to do the most important jobs first."}]},
        "M11-S2": {"status": "missing", "passages": []},
        "M11-S3": {"status": "missing", "passages": []},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I did not shout back and I kept calm and let her say what she had to say"}]},
        "M12-S2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I said sorry to her for the wait."}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I told her she could either wait until 4 o'clock when the part was coming"}]},
        "M12-S4": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I followed the complaints procedure like you are meant to."}]},
        "M12-S5": {"status": "missing", "passages": []},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "I wrote what happened on the job card and put it on the complaints log"}]},
        "M12-S7": {"status": "missing", "passages": []},
        "M13-B1": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I think my strength is that I am friendly."}]},
        "M13-B2": {"status": "weak", "passages": [
            {"file": REPORT, "phrase": "I have a plan with my tutor to get better at things."}]},
        "M13-B3": {"status": "missing", "passages": []},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "At my monthly review I ask Dave, my manager, what I could do better"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "So now I slow down and I read the booking back to the customer at the end."}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": REPORT, "phrase": "When it is busy I help the valeter move cars round the front"}]},
        "M15-B2": {"status": "appendix_only", "passages": [
            {"file": WITNESS, "phrase": "Jordan always keeps the workshop team informed."}]},
        "M15-B3": {"status": "missing", "passages": []},
        "M15-B4": {"status": "missing", "passages": []},
        "M15-B5": {"status": "missing", "passages": []},
    },
}
