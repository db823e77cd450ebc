"""English stories in BBC-like and Al Jazeera-like pages. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="russia-quits-black-sea-grain-deal-odesa-strikes",
        portal="bbc", lang="en",
        published="2023-07-19T09:14:00+00:00",
        url="https://www.bbc.com/news/world-europe-66241735",
        title="Ukraine grain deal: Russia pounds Odesa ports after quitting Black Sea agreement",
        authors=["Laura Whitfield"], editor="BBC News, Kyiv",
        caption=("Firefighters work at a grain terminal in the port of Odesa that was damaged overnight.",
                 "Getty Images"),
        related=["What was the Black Sea grain deal and why did Russia pull out?",
                 "Turkey's Erdogan says he will talk to Putin about reviving the deal"],
        tags=["Russia-Ukraine war", "Odesa", "Global food prices"],
        paras=P("""
Russia has launched a second night of missile and drone strikes on the Ukrainian port city of Odesa, damaging grain terminals and port infrastructure, days after it pulled out of a deal that allowed Ukraine to export grain across the Black Sea.

Ukraine's military said its air defences shot down 37 of the 63 missiles and drones fired overnight. Officials said 60,000 tonnes of grain had been destroyed at the port of Chornomorsk.

President Volodymyr Zelensky accused Moscow of deliberately targeting the infrastructure that feeds millions of people in Africa and the Middle East. "Russian terrorists absolutely deliberately targeted the grain deal infrastructure," he said.

Russia's defence ministry said the strikes were "retaliation" for Monday's attack on the Kerch bridge linking Crimea to Russia, which Moscow blamed on Ukraine.

On Monday, the Kremlin announced it would not extend the deal, brokered by the United Nations and Turkey last July. It said its demands for easier exports of Russian food and fertiliser had not been met.

UN Secretary-General António Guterres said he deeply regretted the decision and that hundreds of millions of people facing hunger would "pay the price".

Turkish President Recep Tayyip Erdogan said he believed Vladimir Putin wanted the agreement to continue and that he would speak to the Russian leader in the coming days.

Russia's foreign ministry warned on Wednesday that from Thursday any ship heading to Ukrainian ports would be regarded as a potential carrier of military cargo.
"""),
        entities=["Russia|RUS", "Ukraine|UKR", "Odesa|UKR", "Volodymyr Zelensky|UKR", "António Guterres|IGO",
                  "Recep Tayyip Erdogan|TUR", "Vladimir Putin|RUS", "Kremlin|RUS", "Crimea|UKR"],
        events=["ASSAULT RUS>UKR", "ACCUSE UKR>RUS mode=allege", "ACCUSE RUS>UKR mode=allege",
                "ASSAULT UKR>RUS reported", "SANCTION RUS>IGO mode=withdraw", "ACCUSE IGO>RUS mode=disapprove",
                "AGREE TUR>RUS", "THREATEN RUS>UKR"],
        speakers=["Volodymyr Zelensky", "António Guterres"],
    ),
    Story(
        slug="kim-jong-un-meets-putin-vostochny-cosmodrome",
        portal="bbc", lang="en",
        published="2023-09-13T15:40:00+00:00",
        url="https://www.bbc.com/news/world-asia-66796801",
        title="Kim Jong Un and Putin meet at Russian space centre as US warns over arms deal",
        authors=["Jean Mackenzie"], editor="Seoul correspondent",
        caption=("Vladimir Putin greeted Kim Jong Un at the Vostochny Cosmodrome in Russia's Far East",
                 "Reuters"),
        related=["North Korea fires ballistic missiles as Kim visits Russia"],
        tags=["North Korea", "Russia", "Kim Jong Un", "Vladimir Putin"],
        paras=P("""
North Korean leader Kim Jong Un has met Russian President Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East, amid Western fears that the two countries are negotiating an arms deal.

The two men held talks for several hours and toured the rocket launch site. Asked by reporters whether Russia would help North Korea build satellites, Mr Putin replied: "That is why we came here."

Mr Kim told his host that Russia was waging a "sacred fight" to defend its sovereignty, and pledged his country's "full and unconditional support" for the Kremlin.

The White House has warned that Pyongyang would "pay a price" if it supplied Russia with weapons for its war in Ukraine. US officials believe Moscow is seeking artillery shells and rockets from North Korea's large stockpiles.

"No country on the planet, nobody, should be helping Putin kill innocent Ukrainians," State Department spokesman Matthew Miller said.

South Korea's foreign ministry said it was closely watching the summit and urged Moscow not to engage in any military cooperation that violates UN Security Council resolutions.

Hours before Mr Kim arrived at the cosmodrome, North Korea fired two short-range ballistic missiles into the sea off its east coast, according to South Korea's military.

The Kremlin said Mr Putin had accepted an invitation to visit North Korea at a convenient time.
"""),
        entities=["Kim Jong Un|PRK", "Vladimir Putin|RUS", "North Korea|PRK", "Russia|RUS", "Matthew Miller|USA",
                  "South Korea|KOR", "Kremlin|RUS", "Pyongyang|PRK"],
        events=["CONSULT PRK>RUS mode=visit", "SUPPORT PRK>RUS", "THREATEN USA>PRK",
                "ACCUSE USA>RUS mode=disapprove", "REQUEST KOR>RUS mode=change", "MOBILIZE PRK> mode=weapons",
                "AGREE RUS>PRK"],
        speakers=["Vladimir Putin", "Matthew Miller"],
    ),
    Story(
        slug="israel-hamas-truce-hostages-released-qatar",
        portal="bbc", lang="en",
        published="2023-11-24T18:55:00+00:00",
        url="https://www.bbc.com/news/world-middle-east-67516472",
        title="Israel-Gaza: First hostages freed as truce holds and aid trucks enter Gaza",
        authors=["Yolande Knell"], editor="Middle East correspondent",
        caption=("Trucks carrying humanitarian aid wait at the Rafah crossing on the Egyptian side of the border",
                 "EPA"),
        related=["What we know about the Israel-Hamas truce deal"],
        tags=["Israel-Gaza war", "Qatar", "Egypt"],
        paras=P("""
Thirteen Israeli hostages held in Gaza have been freed on the first day of a four-day truce between Israel and Hamas, in exchange for 39 Palestinian women and teenagers held in Israeli prisons.

The hostages were handed over to the Red Cross and taken across the Rafah crossing into Egypt before being flown to hospitals in Israel. A separate group of Thai and Filipino workers was also released.

Qatar, which mediated the agreement together with Egypt and the United States, said the truce had held through the day. "We hope this momentum will lead to a lasting end to the violence," said Qatari foreign ministry spokesman Majed al-Ansari.

Under the deal, Hamas agreed to release 50 women and children over four days, while Israel agreed to free 150 Palestinian prisoners and allow more fuel and aid into Gaza.

About 200 trucks carrying food, water and medical supplies entered Gaza on Friday, the largest delivery since the war began, according to the UN.

Israeli Prime Minister Benjamin Netanyahu said the truce was only a pause. "We will continue until we achieve all our goals," he said, adding that Israel would resume its military campaign once the truce ends.

Hamas said it would not accept any extension of the truce without more aid reaching the north of the Gaza Strip.

The war began when Hamas attacked southern Israel on 7 October, killing about 1,200 people and taking some 240 hostages, according to Israeli figures.
"""),
        entities=["Israel|ISR", "Hamas|PSE", "Qatar|QAT", "Egypt|EGY", "Majed al-Ansari|QAT",
                  "Benjamin Netanyahu|ISR", "Gaza|PSE", "Red Cross|IGO"],
        events=["RETREAT PSE>ISR mode=release", "RETREAT ISR>PSE mode=release", "RETREAT ISR>PSE mode=ceasefire",
                "AGREE ISR>PSE", "CONSULT QAT>ISR mode=third-party", "AID IGO>PSE", "THREATEN ISR>PSE",
                "REJECT PSE>ISR", "ASSAULT PSE>ISR"],
        speakers=["Majed al-Ansari", "Benjamin Netanyahu"],
    ),
    Story(
        slug="south-africa-icj-genocide-case-israel-hearing",
        portal="aljazeera", lang="en", section="Israel-Palestine conflict",
        published="2024-01-11T20:30:00+03:00",
        url="https://www.aljazeera.com/news/2024/1/11/south-africa-opens-genocide-case-against-israel-at-icj",
        title="South Africa opens genocide case against Israel at top UN court",
        standfirst="Pretoria asks the International Court of Justice to order an immediate halt to Israel's military campaign in Gaza.",
        authors=["Zeina Khalil"],
        caption=("South Africa's legal team at the International Court of Justice in The Hague, the Netherlands",
                 "Thilo Schmuelgen/Reuters"),
        related=["Which countries back South Africa's case against Israel?", "Israel vows to defend itself at the ICJ"],
        tags=["israel-palestine-conflict", "south-africa", "icj"],
        paras=P("""
South Africa has asked the International Court of Justice to order Israel to immediately suspend its military operations in Gaza, as it opened its case accusing Israel of committing genocide against Palestinians.

Lawyers for South Africa told the 17-judge panel in The Hague on Thursday that Israel's bombardment of Gaza, which has killed more than 23,000 people according to Palestinian health authorities, was intended to destroy Palestinians as a group.

"Nothing will stop this suffering except an order from this court," South African lawyer Blinne Ni Ghralaigh told the judges.

Israel has rejected the accusation as baseless and is due to present its defence on Friday. Israeli government spokesman Eylon Levy said South Africa was acting as "the legal arm" of Hamas.

Dozens of countries and organisations have voiced support for South Africa's case, including Turkey, Malaysia, Jordan and the Organisation of Islamic Cooperation. Indonesia's foreign minister said Jakarta fully backed the move.

The United States, Israel's closest ally, said the case was "meritless". Germany said it would intervene in the case on Israel's behalf.

Outside the court, hundreds of pro-Palestinian demonstrators waved flags and called for a ceasefire, while a smaller group of pro-Israel supporters displayed photos of hostages held in Gaza.

A ruling on South Africa's request for provisional measures is expected within weeks, though the full case could take years.
"""),
        entities=["South Africa|ZAF", "Israel|ISR", "International Court of Justice|IGO", "Blinne Ni Ghralaigh|ZAF",
                  "Eylon Levy|ISR", "Hamas|PSE", "Indonesia|IDN", "Germany|DEU", "United States|USA",
                  "Organisation of Islamic Cooperation|IGO"],
        events=["ACCUSE ZAF>ISR mode=allege", "REQUEST ZAF>IGO mode=change", "ASSAULT ISR>PSE", "REJECT ISR>ZAF",
                "ACCUSE ISR>ZAF mode=allege", "SUPPORT IDN>ZAF", "SUPPORT TUR>ZAF", "ACCUSE USA>ZAF mode=disapprove",
                "AGREE DEU>ISR", "PROTEST >ISR mode=demo"],
        speakers=["Blinne Ni Ghralaigh", "Eylon Levy"],
    ),
    Story(
        slug="bangladesh-hasina-resigns-flees-after-student-protests",
        portal="aljazeera", lang="en", section="Politics",
        published="2024-08-05T16:45:00+03:00",
        url="https://www.aljazeera.com/news/2024/8/5/bangladesh-pm-sheikh-hasina-resigns-flees-country",
        title="Bangladesh PM Sheikh Hasina resigns and flees as protesters storm residence",
        standfirst="Army chief says an interim government will be formed after weeks of deadly protests.",
        authors=["Faisal Mahmud"],
        caption=("Protesters celebrate on a street in Dhaka after news of Sheikh Hasina's resignation",
                 "Mohammad Ponir Hossain/Reuters"),
        related=["Timeline: How student protests over job quotas toppled Sheikh Hasina"],
        tags=["bangladesh", "protests", "politics"],
        paras=P("""
Bangladesh's Prime Minister Sheikh Hasina has resigned and fled the country, the army chief said on Monday, after weeks of protests against her government that left about 300 people dead.

Army chief General Waker-uz-Zaman said in a televised address that an interim government would be formed and urged protesters to return home. "I take full responsibility. Trust the army, we will restore peace," he said.

Hasina, 76, left Dhaka on a military helicopter and was reported to have landed in India, according to local media.

Hundreds of thousands of people filled the streets of the capital after the announcement, and crowds stormed and looted the prime minister's official residence, Ganabhaban.

The protests began in July as peaceful demonstrations by students against a quota system for government jobs, but turned into a nationwide movement demanding Hasina's resignation after a deadly crackdown by police and ruling party activists.

On Sunday alone, nearly 100 people were killed as police fired live ammunition and tear gas at protesters, and the government imposed a nationwide curfew and cut mobile internet.

Student leaders said they would not accept a military-led government and demanded that Nobel laureate Muhammad Yunus lead the interim administration.

India's foreign ministry said it was closely following developments in Bangladesh. New Delhi has not commented on whether Hasina has asked for asylum.
"""),
        entities=["Sheikh Hasina|BGD", "Waker-uz-Zaman|BGD", "Bangladesh|BGD", "Muhammad Yunus|BGD", "India|IND",
                  "Dhaka|BGD"],
        events=["RETREAT BGD> mode=resign", "REQUEST BGD>BGD mode=change", "PROTEST BGD>BGD mode=demo",
                "PROTEST BGD>BGD mode=riot", "ASSAULT BGD>BGD mode=firearms", "COERCE BGD>BGD mode=curfew",
                "COERCE BGD>BGD mode=withhold", "REJECT BGD>BGD", "REQUEST BGD>BGD mode=change"],
        speakers=["Waker-uz-Zaman"],
    ),
    Story(
        slug="us-uk-strike-houthi-targets-yemen-red-sea",
        portal="aljazeera", lang="en", section="Yemen",
        published="2024-01-12T09:20:00+03:00",
        url="https://www.aljazeera.com/news/2024/1/12/us-and-uk-launch-strikes-on-houthi-targets-in-yemen",
        title="US and UK launch strikes on Houthi targets in Yemen",
        standfirst="Houthis vow retaliation after dozens of strikes in response to attacks on Red Sea shipping.",
        authors=["Tarek Haddad"],
        caption=("A fighter jet takes off from an aircraft carrier to carry out strikes against Houthi targets",
                 "US Central Command via AP"),
        related=["Why are the Houthis attacking ships in the Red Sea?"],
        tags=["yemen", "houthis", "red-sea", "us"],
        paras=P("""
The United States and the United Kingdom have launched air and missile strikes against dozens of Houthi targets in Yemen, in response to months of attacks by the Iran-aligned group on commercial ships in the Red Sea.

US President Joe Biden said the strikes on Friday were a "clear message" that the US and its partners would not tolerate attacks on their personnel or allow hostile actors to imperil freedom of navigation.

The strikes hit radar sites, drone and missile storage facilities and launch sites in the capital Sanaa, the port city of Hodeidah and several other areas, according to the US military. Australia, Bahrain, Canada and the Netherlands provided support.

Houthi official Hussein al-Ezzi said the US and the UK "will have to prepare to pay a heavy price and bear all the dire consequences of this blatant aggression".

Iran's foreign ministry condemned the strikes as a violation of Yemen's sovereignty, while Saudi Arabia called for restraint and the avoidance of escalation.

The Houthis say their attacks on shipping are in support of Palestinians in Gaza and that they target vessels linked to Israel. Dozens of ships have been targeted since November.

Several major shipping companies have suspended journeys through the Red Sea, forcing vessels to take the longer route around Africa.

The UN Security Council is due to meet on Friday at Russia's request to discuss the strikes.
"""),
        entities=["United States|USA", "United Kingdom|GBR", "Houthis|YEM", "Joe Biden|USA", "Hussein al-Ezzi|YEM",
                  "Iran|IRN", "Saudi Arabia|SAU", "Yemen|YEM", "Sanaa|YEM"],
        events=["ASSAULT USA>YEM mode=aerial", "ASSAULT GBR>YEM mode=aerial", "THREATEN USA>YEM", "THREATEN YEM>USA",
                "ACCUSE IRN>USA mode=disapprove", "REQUEST SAU>USA mode=yield", "ASSAULT YEM>",
                "REQUEST RUS>IGO mode=meet"],
        speakers=["Joe Biden", "Hussein al-Ezzi"],
    ),
]
