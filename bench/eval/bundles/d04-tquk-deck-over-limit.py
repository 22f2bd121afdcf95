# Development bundle d04: a TQUK presentation over the 35-slide limit, with hidden slides. All people
# and organisations are invented.
DECK = "Ryan Okafor - Showcase Presentation.pptx"
WITNESS = "Supporting evidence/Witness statement - Sandra Mills.docx"

BUNDLE = {
    "name": "d04-tquk-deck-over-limit",
    "split": "dev",
    "profile": "tquk-presentation",
    "container": "tar.gz",
    "apprentice": "Ryan Okafor",
    "author_note": (
        "Hospital outpatients reception (public sector, NHS trust). 41 slides with speaker notes "
        "against TQUK's hard 35-slide maximum (slides past it not assessed). Slides 14 and 24 are hidden "
        "(show=\"0\") and hold the only evidence for M03-K4 and M11-S2; slides 38-40 hold the only "
        "evidence for M13-B3 and M15-B5. Slides 38-41 are past the limit whether or not hidden slides "
        "are counted (41 slides, 2 hidden: the 35th visible slide is slide 37). All four are "
        "beyond_limit. Slides 36-37 (summary, questions) hold no unique evidence. Weak: M02-K5 (a bare "
        "'we have a social media policy and I follow it') and M12-S5 (no updates given while the issue "
        "was open, only the final outcome). Missing: M07-K3. M15-B2 is evidenced only in the team "
        "leader's witness statement in 'Supporting evidence/' (appendix_only)."),
    "files": [
        {"path": DECK, "kind": "pptx", "title": "Apprentice showcase presentation",
         "created": "2026-02-14T10:00:00Z", "modified": "2026-03-19T21:30:00Z",
         "slides": [
            # 1
            {"title": "Customer Service Practitioner Showcase", "layout": "title",
             "body": ["Ryan Okafor", "Outpatients Reception, Wyndham General Hospital", "TQUK end-point assessment"]},
            # 2
            {"title": "About me and my role",
             "body": ["Apprentice receptionist in Outpatients since September 2024",
                      "Check-in, bookings, phone enquiries and the waiting area",
                      "About 300 patients a day across 14 clinics"],
             "notes": ["Good morning. My name is Ryan and I work on the main reception desk in Outpatients at "
                       "Wyndham General. I check patients in for their appointments, answer the phone, book "
                       "and change follow-up appointments and look after the waiting area. Before this job I "
                       "worked in a fast food restaurant, so I was used to queues, but not to people who are "
                       "worried about their health."]},
            # 3
            {"title": "What I will cover",
             "body": ["Understanding the organisation", "Regulations and legislation", "Systems and resources",
                      "Products and services", "Influencing", "Personal organisation",
                      "Conflict and challenge", "Developing self and feedback", "Team working"],
             "notes": ["This presentation follows the TQUK modules in order. At the end there are a few "
                       "extra slides in case there is time."]},
            # 4
            {"title": "Understanding the Organisation: who we are",
             "body": ["Wyndham and Esk NHS Foundation Trust", "Public sector - funded by taxpayers through the NHS",
                      "Two hospitals and five community clinics"],
             "notes": ["The Trust is part of the NHS, so we are a public sector organisation. We are paid for "
                       "through taxes, not by the patients, and we do not exist to make a profit. Our aims "
                       "are to give safe, high-quality care, to cut waiting times for planned treatment, and "
                       "to look after the health of the whole local population, not just the people who "
                       "walk through our doors. Because we are public sector we have to show that we spend "
                       "public money well, and we are measured against national waiting time targets."]},
            # 5
            {"title": "Understanding the Organisation: our promise",
             "body": ["\"Caring for you like family\"", "On our letters, uniforms and website"],
             "notes": ["Our promise to patients is \"Caring for you like family\". What it means is that "
                       "every patient should be treated the way we would want our own mum or grandad to be "
                       "treated: with kindness, patience and honesty, whoever they are. For me on reception "
                       "it means looking up from the screen, saying hello and using the patient's name."]},
            # 6
            {"title": "Understanding the Organisation: values and culture",
             "body": ["Kindness", "Respect", "Working together", "Always improving"],
             "notes": ["These four values are the basis of our service culture. Kindness and respect mean "
                       "staff are expected to treat every patient with dignity, even when clinics are "
                       "running late and people are frustrated. Working together is why reception, nurses "
                       "and doctors share information rather than blaming each other when something goes "
                       "wrong. Always improving is why we are encouraged to report problems and suggest "
                       "changes. So the values are not just words on a poster: they set the tone for how "
                       "patients are treated every day, and they are part of our appraisals."]},
            # 7
            {"title": "Understanding the Organisation: policies I use",
             "body": ["Complaints and PALS", "Information governance", "Chaperone and safeguarding",
                      "Patient access policy (booking and cancellations)", "Violence and aggression"],
             "notes": ["These are the policies that affect my job most. A policy explains what the Trust "
                       "expects and the reason for it, and the procedure underneath gives the steps. Their "
                       "purpose is to keep patients and staff safe and to make sure everyone is treated "
                       "fairly and the same way. For example, the patient access policy sets out how many "
                       "times a patient can cancel before they are referred back to their GP, so that "
                       "appointments are not wasted and waiting lists are fair for everyone."]},
            # 8
            {"title": "Understanding the Organisation: how policies shape the service",
             "body": ["Some policies let me help faster", "Some slow things down - and I explain why"],
             "notes": ["Policies have a real impact on the service patients get. The patient access policy "
                       "means I can rebook a patient's first cancellation on the spot without asking a "
                       "manager, which saves them a phone call later. But the information governance policy "
                       "means I cannot tell a husband what time his wife's appointment is without her "
                       "consent, which can feel unhelpful. The violence and aggression policy means a "
                       "patient who is abusive can be given a warning letter. I have learned that when a "
                       "policy gets in the way of what a patient wants, explaining the reason usually turns "
                       "a bad experience into an acceptable one."]},
            # 9
            {"title": "Understanding the Organisation: social media",
             "body": ["The Trust has a social media policy"],
             "notes": ["We have a social media policy and I follow it."]},
            # 10
            {"title": "Meeting Regulations and Legislation: the laws",
             "body": ["Equality Act 2010", "UK GDPR and Data Protection Act 2018",
                      "Health and Social Care Act 2008", "Health and Safety at Work Act 1974"],
             "notes": ["Several laws affect how we serve patients. The Equality Act means we must make "
                       "reasonable adjustments, so we have a hearing loop at reception, wheelchairs at the "
                       "entrance and longer appointments for patients with learning disabilities. Data "
                       "protection law controls how we handle medical records, so I confirm a patient's "
                       "identity with their date of birth and address before I give out any information. "
                       "The Health and Social Care Act means we are inspected by the Care Quality Commission, "
                       "so the way we treat patients at reception is part of what inspectors look at."]},
            # 11
            {"title": "Meeting Regulations and Legislation: confidentiality",
             "body": ["Check identity before sharing anything", "Screens locked, letters out of sight",
                      "Only open records I need"],
             "notes": ["Confidentiality is part of my job every minute of the day. My responsibilities are "
                       "to check identity before discussing any appointment, to only look at the records I "
                       "need for the task, to keep my screen angled away from the queue and lock it when I "
                       "step away, to put printed lists in the confidential waste, and to never discuss "
                       "patients outside work, even with my family. If I saw a breach I would report it on "
                       "the incident system the same day."]},
            # 12
            {"title": "Meeting Regulations and Legislation: health and safety",
             "body": ["Employer: safe building, training, risk assessments, equipment",
                      "Employee: take care, follow training, report hazards"],
             "notes": ["Under the Health and Safety at Work Act the Trust as my employer must provide a safe "
                       "place to work, safe equipment, training and information, and must assess risks, for "
                       "example the risk of staff being assaulted on reception, which is why we have a panic "
                       "button. As an employee my duties are to take reasonable care of myself and others, "
                       "follow the training I have been given, co-operate with the Trust and report hazards. "
                       "Last month I reported a trailing cable by the check-in kiosk and it was taped down "
                       "the same day."]},
            # 13
            {"title": "Meeting Regulations and Legislation: codes and principles",
             "body": ["NHS Constitution - patients' rights and our pledges", "Caldicott principles for information",
                      "Trust code of conduct"],
             "notes": ["As well as laws, we follow codes and ethical principles. The NHS Constitution sets out "
                       "what patients can expect, such as being treated with dignity and being told about "
                       "waiting times, so when a clinic is running over an hour I must announce it and "
                       "offer patients the choice to rebook. The Caldicott principles mean I only share the "
                       "minimum information needed, which is why I would never read out a diagnosis at the "
                       "desk. Our code of conduct also says we must not accept gifts worth more than a small "
                       "amount, so patients cannot be seen to get better treatment for a present."]},
            # 14 (hidden)
            {"title": "Backup: if we get it wrong", "hidden": True,
             "body": ["Data breach - ICO fines, loss of trust", "Equality failures - claims and complaints",
                      "CQC - poor rating or enforcement", "HSE - prosecution after injuries"],
             "notes": ["If the Trust broke data protection law, the Information Commissioner could fine it "
                       "and patients would stop trusting us with their information. If it failed to make "
                       "reasonable adjustments under the Equality Act, patients could take legal action and "
                       "we would face complaints and bad publicity. If the Care Quality Commission found we "
                       "were not meeting the Health and Social Care Act, it could give us a poor rating or "
                       "stop a service. If we broke health and safety law and someone was hurt, the Health "
                       "and Safety Executive could prosecute the Trust."]},
            # 15
            {"title": "Systems and Resources: what I use",
             "body": ["MediTrack patient administration system", "Self check-in kiosks", "Call-in screens",
                      "Text reminders", "Phone system and translation line"],
             "notes": ["MediTrack is the patient administration system. I use it to check patients in, book "
                       "follow-ups and update addresses. The self check-in kiosks let patients who are "
                       "confident with technology check themselves in, which keeps the queue short for "
                       "those who need help. The call-in screens show each patient's name and room when the "
                       "clinician is ready, which is better for patients with hearing loss than calling out. "
                       "Text reminders go out a week and a day before each appointment, and the translation "
                       "line lets me speak to patients in over a hundred languages."]},
            # 16
            {"title": "Systems and Resources: how we measure service",
             "body": ["Friends and Family Test", "Clinic waiting times", "Missed appointment (DNA) rates",
                      "Complaints and PALS contacts", "Mystery patient visits"],
             "notes": ["We measure service levels in several ways. The Friends and Family Test asks patients "
                       "whether they would recommend us, and the results come to our team every month. "
                       "MediTrack records how long each patient waits after their appointment time, and how "
                       "many patients do not attend. The PALS team reports the number and type of complaints "
                       "about Outpatients, and twice a year volunteers carry out mystery patient visits. When "
                       "the survey comments said the waiting area was confusing, we put up new signs."]},
            # 17
            {"title": "Product and Service Knowledge: features and benefits",
             "body": ["Feature = what it is or does", "Benefit = what it means for the patient"],
             "table": [["Service", "Feature", "Benefit"],
                       ["Text reminders", "Message a week and a day before", "Patients do not forget and lose their place"],
                       ["Patient portal", "See and change appointments online", "No waiting on the phone"],
                       ["Hospital transport", "Free transport for eligible patients", "Patients who cannot drive can still attend"]],
             "notes": ["A feature is what a service is or does, and a benefit is what that means for the "
                       "patient. Patients care about the benefit. When I tell a patient about the portal I "
                       "do not say it has an online booking module; I say they can change their appointment "
                       "at midnight without waiting on hold."]},
            # 18
            {"title": "Product and Service Knowledge: keeping up to date",
             "body": ["Daily huddle", "Trust intranet and staff bulletin", "Clinic leaflets", "Asking the clinic nurses"],
             "notes": ["I keep up to date through the daily huddle at 8.15, the staff bulletin that comes out every "
                       "Wednesday, and by reading the leaflets for each clinic. When the new eye clinic "
                       "opened, I asked one of the nurses to show me round."]},
            # 19
            {"title": "Influencing Skills: finding out what the patient needs",
             "body": ["Open questions", "Listening for what matters to them"],
             "notes": ["In December an older man came to reception to cancel his physiotherapy follow-up "
                       "because he could not get a lift to the hospital. I asked him some questions and found "
                       "out that his daughter had moved away and buses were difficult with his knee. I "
                       "offered him two options: a referral to the hospital transport service, because he "
                       "met the criteria, or moving his follow-up to the community clinic two streets from "
                       "his house. Either way he would keep his treatment going, and the Trust would not lose "
                       "an appointment slot or have to start his referral again."]},
            # 20
            {"title": "Influencing Skills: explaining the options",
             "body": ["Plain words", "What it means for him"],
             "notes": ["I explained each option clearly in terms of his needs: with transport, a driver "
                       "would collect him from his door and bring him back, so he would not have to walk to "
                       "the bus stop; the community clinic was a five-minute walk and had the same "
                       "physiotherapist on Tuesdays. I wrote both down for him so he could think about it."]},
            # 21
            {"title": "Influencing Skills: handling objections",
             "body": ["Acknowledge the worry", "Give the facts", "Let them decide"],
             "notes": ["He said he did not want to be \"a nuisance\" and use the transport service. I said I "
                       "understood, but explained that the service is there for exactly his situation and "
                       "that he had already qualified. He decided to try the community clinic first and "
                       "keep transport as a back-up, and he has attended every session since."]},
            # 22
            {"title": "Influencing Skills: when I cannot say yes",
             "body": ["Be honest", "Explain the reason", "Offer what I can"],
             "notes": ["A patient once asked me to move her appointment forward by two months because she "
                       "was going on holiday. The consultant's clinics were full and the patient access "
                       "policy does not allow us to overbook. I could not give her what she wanted, so I "
                       "explained why - overbooking would make every patient that day wait longer - and "
                       "offered to put her on the cancellation list and to check with the secretary whether "
                       "a telephone appointment was possible. She was not happy, but she thanked me for being "
                       "straight with her."]},
            # 23
            {"title": "Personal Organisation: planning my day",
             "body": ["Agree tasks and deadlines at the 8.15 huddle", "Patients first, then time-critical jobs",
                      "Quiet times for admin"],
             "notes": ["At the morning huddle the reception supervisor gives each of us our jobs and "
                       "deadlines, such as sending the clinic lists to the wards by 10am and finishing the "
                       "returned-letter address checks by Friday. I plan my day around them: patients at the "
                       "desk come first, then anything with a deadline that morning, then the phone messages, "
                       "and the admin goes in the quieter hour after lunch."]},
            # 24 (hidden)
            {"title": "Backup: how I track my jobs", "hidden": True,
             "body": ["Task list in Microsoft To Do", "Shared returned-letters spreadsheet", "Ticked off at the end of each shift"],
             "notes": ["To keep track of my progress I use Microsoft To Do on the reception computer, with a "
                       "due date on every task, and I tick each one off as I finish it. For the returned "
                       "letters we have a shared spreadsheet where I mark each letter as checked, updated or "
                       "referred, so the supervisor can see how far I have got without asking me."]},
            # 25
            {"title": "Personal Organisation: when plans change",
             "body": ["Fire alarm evacuation in February", "Re-prioritised with the supervisor",
                      "All clinics rebooked within two days"],
             "notes": ["In February a fire alarm cleared the building for ninety minutes and four clinics were "
                       "cancelled. It was not a drill. When we were allowed back in, the supervisor and I "
                       "agreed that my address checks could wait, and I spent the afternoon phoning every "
                       "patient who had been sent home to rebook them, starting with the urgent cancer "
                       "referrals. I stayed calm and worked through the list, and all 62 patients were rebooked "
                       "within two days. The address checks were finished the following week."]},
            # 26
            {"title": "Customer Conflict and Challenge: the situation",
             "body": ["Clinic running 2 hours late", "Patient's third visit", "Angry in a full waiting room"],
             "notes": ["The hardest situation I have dealt with was in January. The dermatology clinic was "
                       "running two hours late and a woman came to the desk for the third time. Her "
                       "appointment had already been cancelled twice by the hospital. She was shouting that "
                       "we did not care and that she had lost a day's pay. I stayed calm, kept my voice low "
                       "and did not argue, and I asked a colleague to cover the queue so I could give her my "
                       "full attention."]},
            # 27
            {"title": "Customer Conflict and Challenge: listening",
             "body": ["Let her finish", "Acknowledge her feelings", "Ask what matters most"],
             "notes": ["I let her finish and then told her I could see how stressful this was after two "
                       "cancellations, and that losing a day's pay was a real cost. I asked her what mattered "
                       "most to her today. She said she was worried about a mole that had changed and just "
                       "wanted to know it was being taken seriously."]},
            # 28
            {"title": "Customer Conflict and Challenge: options and next steps",
             "body": ["Wait - seen as next patient", "Go and rebook at a time that suits", "PALS if she wanted to complain"],
             "notes": ["I spoke to the clinic nurse and then explained her options clearly: she could wait, "
                       "and the nurse had agreed she would be the next patient seen, which would be about 40 "
                       "minutes; or she could leave and I would book her the first appointment of a morning "
                       "clinic next week, so she would not wait. I also told her how to contact PALS if she "
                       "wanted to make a complaint about the cancellations."]},
            # 29
            {"title": "Customer Conflict and Challenge: following the procedure",
             "body": ["Clinic delay procedure", "Complaints and PALS policy"],
             "notes": ["Everything I did followed our procedures. The clinic delay procedure says patients "
                       "must be told about any delay of over 30 minutes and offered the choice to rebook, and "
                       "the nurse in charge decides the order patients are seen. Under the complaints policy "
                       "I offered her the PALS details rather than trying to investigate the cancellations "
                       "myself."]},
            # 30
            {"title": "Customer Conflict and Challenge: keeping records",
             "body": ["Note on MediTrack", "Incident report for the repeated cancellations"],
             "notes": ["She chose to wait, and I kept her in the loop while she was waiting. She was seen "
                       "about 40 minutes later. I recorded what had happened "
                       "as a note on her MediTrack record, including the two previous cancellations and the "
                       "options I had given her, and I completed an incident report because the Trust wants "
                       "repeated cancellations logged. When she left she came back to the desk and said "
                       "thank you."]},
            # 31
            {"title": "Customer Conflict and Challenge: taking ownership",
             "body": ["Followed it through myself", "Checked the next appointment was booked"],
             "notes": ["I took ownership of the problem rather than leaving it to the clinic. After she was "
                       "seen, I checked that her follow-up had been booked correctly and was not at risk of "
                       "another cancellation, and I asked the clinic manager to flag her record so that she "
                       "would not be cancelled a third time. I also made sure the PALS leaflet was in her "
                       "hand before she went home."]},
            # 32
            {"title": "Developing Self: self-assessment",
             "body": ["Strengths: calm, friendly, quick on MediTrack", "Weaknesses: phone manner, confidence with managers"],
             "notes": ["At my first review I did a self-assessment with my skills coach against the skills "
                       "in the standard, scoring myself from 1 to 4. My strengths were staying calm, being "
                       "friendly with patients and picking up MediTrack quickly. My weaknesses were my phone "
                       "manner, because I sounded rushed, and my confidence when speaking to managers and "
                       "consultants."]},
            # 33
            {"title": "Developing Self: my development plan",
             "body": ["Phone skills - call coaching, 3 months", "Confidence - lead part of the huddle by April",
                      "Knowledge - visit every clinic by March"],
             "notes": ["From the self-assessment I wrote a personal development plan with my skills coach "
                       "and supervisor. It has three SMART goals: to complete call coaching and pass a call "
                       "quality check within three months; to lead the notices part of the morning huddle at "
                       "least once a week by April; and to visit each of our 14 clinics by March so that I "
                       "can describe them to patients. Each goal has a date and a way of checking it."]},
            # 34
            {"title": "Being Open to Feedback",
             "body": ["Ask after difficult calls", "Monthly one-to-ones", "Patient comments",
                      "What I changed"],
             "notes": ["I ask for feedback from my supervisor after difficult calls, at my monthly one-to-one "
                       "and from the nurses I work with, and I read the Friends and Family comments about "
                       "reception. My supervisor told me I sounded rushed on the phone and did not always "
                       "give my name. I now start every call with the department and my name, slow down, and "
                       "repeat the appointment details back. In my last call check I scored 92%."]},
            # 35
            {"title": "Team Working",
             "body": ["Helping the clinic teams", "Sharing what I learn", "Adapting to different people"],
             "notes": ["I work closely with the other receptionists, the nurses and the clinic managers. When "
                       "the eye clinic was short of staff I offered to help run their waiting area for a "
                       "week, and the nurses said it made a big difference. After my call coaching I showed "
                       "two colleagues the way I now open and close calls, and I shared my clinic visit "
                       "notes on the reception shared drive. I adapt how I communicate: I keep messages to "
                       "consultants short and written, I take more time with new starters and show them "
                       "rather than tell them, and with patients who are anxious I slow down and explain "
                       "each step."]},
            # 36
            {"title": "Summary",
             "body": ["Patients come first", "Calm, clear and honest", "Still learning every day"],
             "notes": ["To sum up, my apprenticeship has taught me that good customer service in a hospital "
                       "is about making a worrying day a bit easier for people."]},
            # 37
            {"title": "Thank you - any questions?",
             "notes": ["Thank you for listening. I am happy to answer any questions."]},
            # 38
            {"title": "Extra: reviewing my development plan",
             "body": ["Reviewed every 6 weeks", "Phone goal met early", "New goal added", "Huddle goal moved to May"],
             "notes": ["I review my development plan every six weeks with my skills coach. At the last review "
                       "the phone skills goal had been met a month early, so we replaced it with a new goal "
                       "of completing the conflict resolution e-learning. The huddle goal was behind because "
                       "I had been on leave, so we moved it to May. The review also showed that I learn best "
                       "by shadowing, so my updated plan includes a day shadowing the PALS team."]},
            # 39
            {"title": "Extra: an idea I put forward",
             "body": ["Problem: patients unsure where to go after check-in", "Idea: colour-coded waiting zones",
                      "Presented to the Outpatients manager"],
             "notes": ["I noticed that many patients came back to the desk after checking in because they did "
                       "not know which waiting area to sit in. I counted for a week and it was about 40 "
                       "patients a day. I suggested colour-coded zones on the floor and the check-in slip, "
                       "and I presented the idea with my tally to the Outpatients manager at her monthly "
                       "meeting, explaining that it would shorten the queue and reduce missed call-ins."]},
            # 40
            {"title": "Extra: what happened next",
             "body": ["Trial agreed for the spring", "Slips reprinted with colours"],
             "notes": ["The manager agreed to a trial in the spring. The check-in slips have been reprinted "
                       "with a coloured band, and the estates team are painting the floor zones in April."]},
            # 41
            {"title": "Extra: glossary",
             "body": ["PALS - Patient Advice and Liaison Service", "DNA - did not attend",
                      "PAS - patient administration system", "FFT - Friends and Family Test"]},
        ]},
        {"path": WITNESS, "kind": "docx", "author": "Sandra Mills", "title": "Witness statement",
         "created": "2026-03-10T14:05:00Z",
         "blocks": [
            ("title", "Witness statement"),
            ("p", "Witness: Sandra Mills, Outpatients Reception Supervisor, Wyndham General Hospital"),
            ("p", "Apprentice: Ryan Okafor"),
            ("p", "Ryan is quick to pass on information that the clinic teams need. When a patient tells him "
                  "at check-in that they have a new allergy, that they need an interpreter or that they are "
                  "feeling unwell, he phones the clinic nurse straight away rather than writing a note for "
                  "later, and he updates the reception handover sheet before the end of each shift so the "
                  "late team knows about any problems. During the evacuation in February he kept the "
                  "clinic managers updated by phone every half hour with how many patients had been "
                  "rebooked."),
            ("p", "He is a positive member of the team and patients often comment on how friendly he is."),
            ("p", "Signed: Sandra Mills, 10 March 2026"),
        ]},
    ],
    "gold": {
        "M02-K1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "The Trust is part of the NHS, so we are a public sector organisation."}]},
        "M02-K2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "every patient should be treated the way we would want our own mum or grandad"}]},
        "M02-K3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "These four values are the basis of our service culture."}]},
        "M02-K4": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "A policy explains what the Trust expects and the reason for it"}]},
        "M02-K5": {"status": "weak", "passages": [
            {"file": DECK, "phrase": "We have a social media policy and I follow it."}]},
        "M02-K6": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "Policies have a real impact on the service patients get."}]},
        "M03-K1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "Several laws affect how we serve patients."}]},
        "M03-K2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "My responsibilities are to check identity before discussing any appointment"}]},
        "M03-K3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "the Trust as my employer must provide a safe place to work"}]},
        "M03-K4": {"status": "beyond_limit", "passages": [
            {"file": DECK, "phrase": "If the Trust broke data protection law, the Information Commissioner could fine it"}]},
        "M03-K5": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "As well as laws, we follow codes and ethical principles."}]},
        "M04-K1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "MediTrack is the patient administration system."}]},
        "M04-K2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "We measure service levels in several ways."}]},
        "M07-K1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "A feature is what a service is or does, and a benefit is what that means for the patient."}]},
        "M07-K2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I keep up to date through the daily huddle at 8.15"}]},
        "M07-K3": {"status": "missing", "passages": []},
        "M10-S1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "offered him two options: a referral to the hospital transport service"}]},
        "M10-S2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I explained each option clearly in terms of his needs"}]},
        "M10-S3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "He said he did not want to be \"a nuisance\" and use the transport service."}]},
        "M10-S4": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I could not give her what she wanted, so I explained why"}]},
        "M11-S1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "the reception supervisor gives each of us our jobs and deadlines"}]},
        "M11-S2": {"status": "beyond_limit", "passages": [
            {"file": DECK, "phrase": "To keep track of my progress I use Microsoft To Do on the reception computer"}]},
        "M11-S3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "the supervisor and I agreed that my address checks could wait"}]},
        "M12-S1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I stayed calm, kept my voice low and did not argue"}]},
        "M12-S2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I asked her what mattered most to her today."}]},
        "M12-S3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I spoke to the clinic nurse and then explained her options clearly"}]},
        "M12-S4": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "Everything I did followed our procedures."}]},
        "M12-S5": {"status": "weak", "passages": [
            {"file": DECK, "phrase": "I kept her in the loop while she was waiting."}]},
        "M12-S6": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I recorded what had happened as a note on her MediTrack record"}]},
        "M12-S7": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I took ownership of the problem rather than leaving it to the clinic."}]},
        "M13-B1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I did a self-assessment with my skills coach against the skills in the standard"}]},
        "M13-B2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I wrote a personal development plan with my skills coach and supervisor"}]},
        "M13-B3": {"status": "beyond_limit", "passages": [
            {"file": DECK, "phrase": "I review my development plan every six weeks with my skills coach."}]},
        "M14-B1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I ask for feedback from my supervisor after difficult calls"}]},
        "M14-B2": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I now start every call with the department and my name"}]},
        "M15-B1": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I offered to help run their waiting area for a week"}]},
        "M15-B2": {"status": "appendix_only", "passages": [
            {"file": WITNESS, "phrase": "Ryan is quick to pass on information that the clinic teams need."}]},
        "M15-B3": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I showed two colleagues the way I now open and close calls"}]},
        "M15-B4": {"status": "evidenced", "passages": [
            {"file": DECK, "phrase": "I keep messages to consultants short and written"}]},
        "M15-B5": {"status": "beyond_limit", "passages": [
            {"file": DECK, "phrase": "I presented the idea with my tally to the Outpatients manager"}]},
    },
}
