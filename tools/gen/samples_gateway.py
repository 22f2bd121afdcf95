"""Gateway Qualifications journal and storyboard (sample folder d).

Fictional apprentice Liam Doherty, travel centre adviser for the fictional bus operator
Coastway Buses.  Gateway accepts a report, storyboard, journal or presentation; this sample
is a Markdown reflective journal with dated entries plus an .odp storyboard.  Module names
in the entries are Gateway's showcase modules.  All prose is original.
"""

import ooxml as o

APPRENTICE = "Liam Doherty"

ENTRIES = [
    ("3 March 2026", "Understanding the organisation; Product and service knowledge", [
        "First entry for my showcase journal. Coastway Buses is a private company, part of a larger transport "
        "group, but about a third of our routes are run under contract to the county council, so we work "
        "closely with the public sector. Our brand promise is \u201cGetting you there, every day\u201d and our "
        "values are safe, reliable, friendly and local.",
        "Today a customer asked whether a weekly ticket or a carnet of ten singles would be cheaper for her "
        "new part-time job. I worked it out with her: three days a week meant the carnet saved her about four "
        "pounds a week, and it does not expire for three months. I realised I had been recommending the weekly "
        "ticket out of habit. Lesson: ask how often people travel before recommending anything.",
    ]),
    ("10 March 2026", "Meeting regulations and legislation", [
        "Data protection refresher this morning. Smartcard registrations hold names, photos and dates of birth, "
        "and concession passes can show that someone is disabled, which is special category data. I must not "
        "read details out loud at the counter, and lost property forms go in the locked tray, not the shelf.",
        "In the afternoon a man wanted to know whether his daughter had topped up her smartcard. She is over "
        "eighteen, so I explained politely that I could not share her account details without her permission, "
        "and suggested she call us or use the app. He was annoyed at first but accepted it once I explained "
        "that the same rule protects his own account.",
    ]),
    ("17 March 2026", "Systems and resources; Personal organisation", [
        "Used the new real-time information screen to help a customer whose bus had not turned up. The screen "
        "showed the bus had been cancelled because of a driver shortage, and the next one was twelve minutes "
        "away. I told her straight away rather than guessing, and logged the cancellation complaint in the "
        "customer contact system.",
        "My team leader and I agreed two deadlines this week: the lost property spreadsheet to be cleared by "
        "Friday and the timetable leaflets restocked before the 24 March changes. I put both on the shift "
        "planner and did the leaflets first because they were time-critical. Both done by Thursday.",
    ]),
    ("24 March 2026", "Dealing with customer conflict and challenge", [
        "Timetable change day, and the hardest shift so far. A regular customer was angry that the early "
        "service on route 14 now leaves ten minutes sooner, which means a long wait at her workplace. She said "
        "nobody had told her. I let her finish, said I understood how disruptive it was, and checked the "
        "consultation notice, which had been on the buses for four weeks.",
        "I could not change the timetable, so I explained why it had changed (a new school contract) and "
        "showed her the alternative of route 14A with a short walk. I also recorded her feedback formally so "
        "it would go to the network planners, and gave her the reference. I promised to let her know if the "
        "planners replied. Follow-up booked for 7 April.",
    ]),
    ("7 April 2026", "Dealing with customer conflict and challenge; Being open to feedback", [
        "Called the route 14 customer back as promised. The planners are reviewing the early journey at the "
        "June change, which I passed on. She thanked me for calling back, which surprised her.",
        "Asked my team leader for feedback on how I handled the original conversation. She said I was calm "
        "and clear but that I explained the school contract in too much detail before offering the 14A "
        "option, and that customers usually want the solution first and the reason second. I am going to try "
        "leading with options when someone is upset.",
    ]),
    ("21 April 2026", "Influencing skills", [
        "A student came in to buy a single ticket to the college. After a couple of questions I found out he "
        "travels five days a week in term time. I showed him the student term ticket, explained that it pays "
        "for itself in under three weeks, and that he could load it onto his phone. He worried about losing "
        "money if he dropped out; I explained the refund rules for unused full months. He bought it.",
        "Tried the feedback from 7 April: options first, reasons second. It worked well.",
    ]),
    ("5 May 2026", "Developing self", [
        "Six-month review of my personal development plan. Goal one (learn all fare types and handle fare "
        "queries without checking the guide) is met. Goal two (deal with complaints on my own) is mostly met, "
        "but I still pass difficult ones to the supervisor, so we have extended it to the end of June with a "
        "target of five complaints resolved independently. New goal: complete the disability awareness "
        "e-learning by 31 May, because I want to be more confident helping wheelchair users with the ramp.",
    ]),
    ("19 May 2026", "Team working", [
        "At the team meeting I shared a problem I had noticed: customers often ask for last-bus times for "
        "villages, and each of us looks them up separately, which takes several minutes. I suggested a "
        "one-page last-bus sheet for the counter, updated at each timetable change, and offered to make the "
        "first version. The supervisor agreed to a trial. I made the sheet with help from a colleague who "
        "knows the rural routes, and I sent the team a short message explaining where to find it.",
        "Reflection: sharing ideas felt uncomfortable at first, but presenting it with an example of the "
        "problem made it easier to get agreement.",
    ]),
]

STORYBOARD = [
    ("Frame 1: Who we are", ["Coastway Buses travel centre, Harbourside", "Private operator with council contracts",
                             "Promise: getting you there, every day"],
     "Opening frame: photo of the travel centre counter and a route map. Voice-over introduces me and my role."),
    ("Frame 2: The right ticket", ["Customer asks about weekly ticket or carnet", "Questions about travel days",
                                    "Carnet saves her four pounds a week"],
     "Show the conversation from the 3 March journal entry as three small panels: question, calculation, "
     "customer smiling with the carnet."),
    ("Frame 3: Keeping data safe", ["Smartcard details are personal data", "No details shared without consent",
                                    "Locked tray for lost property forms"],
     "Panel of the father asking about his daughter's card and my explanation. Caption quotes the data "
     "protection rule in plain English."),
    ("Frame 4: Timetable change day", ["Upset customer on route 14", "Listened, checked the notice, offered 14A",
                                       "Feedback logged to planners"],
     "Conflict and challenge storyboard: four panels showing arrival, listening, options and the reference "
     "number being handed over."),
    ("Frame 5: Following through", ["Call back on 7 April as promised", "Planners reviewing the early journey",
                                    "Feedback: options first, reasons second"],
     "Show the phone call and my notebook with the follow-up date circled."),
    ("Frame 6: Influencing", ["Student term ticket", "Pays for itself in under three weeks",
                              "Objection about refunds answered"],
     "Panels of the student at the counter, the price comparison and the ticket loaded onto his phone."),
    ("Frame 7: My development", ["Fare types: goal met", "Complaints: extended to June",
                                 "New goal: disability awareness by 31 May"],
     None),
    ("Frame 8: Team idea", ["Last-bus sheet for village routes", "Trialled from 19 May",
                            "Made with a colleague; shared with the team"],
     "Final frame: the laminated last-bus sheet on the counter, with a caption on how it saves customers time."),
]


def journal_md():
    out = ["# Reflective journal \u2013 %s" % APPRENTICE, "",
           "Gateway Qualifications showcase journal. Customer Service Practitioner (ST0072). "
           "Travel centre adviser, Coastway Buses, Harbourside. Customer names are not recorded.", ""]
    for date, modules, paras in ENTRIES:
        out += ["## " + date, "", "*Modules: %s*" % modules, ""]
        for p in paras:
            out += [p, ""]
    return "\n".join(out)


def storyboard_odp():
    pages = [{"title": "Storyboard: a year at the travel centre",
              "body": [APPRENTICE + ", Customer Service Practitioner apprentice", "Coastway Buses, Harbourside"],
              "notes": "Title frame for the storyboard that accompanies my reflective journal."}]
    for title, body, notes in STORYBOARD:
        pages.append({"title": title, "body": body, "notes": notes})
    return o.Odp(pages, title="Storyboard - " + APPRENTICE, author=APPRENTICE).to_bytes()


def build():
    md = journal_md()
    body_words = sum(len(p.split()) for _, _, ps in ENTRIES for p in ps)
    return {"reflective-journal.md": md, "storyboard.odp": storyboard_odp()}, {
        "journal entries": len(ENTRIES), "journal body words": body_words, "storyboard frames": len(STORYBOARD) + 1}
