"""English stories in Reuters-like, AP-like and Jakarta Post-like pages. Written for warta; not real articles."""

from model import Story


def P(text: str) -> list[str]:
    return [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]


STORIES = [
    Story(
        slug="blinken-meets-xi-beijing-stabilise-ties",
        portal="reuters", lang="en",
        published="2023-06-19T11:02:00+00:00",
        url="https://www.reuters.com/world/china/blinken-meets-xi-beijing-both-sides-agree-stabilise-ties-2023-06-19/",
        title="Blinken meets Xi in Beijing as both sides agree to stabilise ties",
        authors=["Daniel Morrow", "Li Wenjing"], editor="Reporting by Daniel Morrow and Li Wenjing; Editing by Clara Dunn",
        dateline="BEIJING",
        caption=("U.S. Secretary of State Antony Blinken shakes hands with Chinese President Xi Jinping at the Great "
                 "Hall of the People in Beijing, China, June 19, 2023.", "REUTERS/Pool"),
        tags=["china", "united states", "diplomacy"],
        paras=P("""
U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, and the two sides agreed to stabilise their intense rivalry so that it does not veer into conflict, but failed to produce any major breakthrough.

The 35-minute meeting at the Great Hall of the People came at the end of a two-day visit, the first by a U.S. secretary of state to China in five years.

"The two sides have also made progress and reached agreement on some specific issues. This is very good," Xi told Blinken, according to a readout from Chinese state broadcaster CCTV.

Blinken said he had raised U.S. concerns about human rights in Xinjiang, Tibet and Hong Kong, and had pressed Beijing to release American citizens who Washington says are wrongfully detained in China.

China rejected a U.S. proposal to restore direct military-to-military communication channels, Blinken told reporters, calling it an area where the two countries still had work to do.

"We are not going to solve all of our differences in one trip," Blinken said. "But we agreed that high-level engagement must continue."

Chinese Foreign Minister Qin Gang accepted an invitation to visit Washington at a mutually convenient time, the State Department said. Beijing repeated its warning that Taiwan was the most important issue in relations.

Blinken also urged Chinese officials not to provide lethal support to Russia for its war in Ukraine, and said Beijing had assured him it was not doing so.
"""),
        entities=["Antony Blinken|USA", "Xi Jinping|CHN", "Qin Gang|CHN", "China|CHN", "Taiwan|TWN", "Russia|RUS",
                  "Xinjiang|CHN"],
        events=["CONSULT USA>CHN mode=visit", "AGREE USA>CHN", "ACCUSE USA>CHN mode=disapprove",
                "REQUEST USA>CHN mode=yield", "REJECT CHN>USA mode=meet", "AGREE CHN>USA",
                "REQUEST USA>CHN mode=change", "AID CHN>RUS neg"],
        speakers=["Xi Jinping", "Antony Blinken"],
    ),
    Story(
        slug="us-sanctions-chinese-firms-supporting-russia-war",
        portal="reuters", lang="en",
        published="2024-05-01T16:45:00+00:00",
        url="https://www.reuters.com/world/us/us-sanctions-nearly-300-targets-including-chinese-firms-aiding-russia-2024-05-01/",
        title="US sanctions nearly 300 targets, including Chinese firms, over support for Russia's war",
        authors=["Hannah Clarke"], editor="Reporting by Hannah Clarke; Additional reporting by Tom Bright; Editing by Mark Sutton",
        dateline="WASHINGTON",
        caption=("A view of the U.S. Treasury Department building in Washington.", "REUTERS/Kevin Lamarque/File Photo"),
        tags=["sanctions", "china", "russia", "united states"],
        paras=P("""
The United States on Wednesday imposed sanctions on nearly 300 individuals and entities in Russia and third countries, including about 20 companies in China and Hong Kong, accusing them of helping Moscow evade Western restrictions and rebuild its military.

The Treasury and State Departments said the targets included firms that shipped machine tools, drone components and microelectronics that ended up on the battlefield in Ukraine.

"Russia has turned to third-country suppliers to keep its war machine running, and we will continue to act against those who enable it," Treasury Deputy Secretary Wally Adeyemo said in a statement.

China's foreign ministry said it firmly opposed the sanctions and would take "necessary measures" to protect the legitimate rights of Chinese companies. A ministry spokesperson accused Washington of hypocrisy for sending weapons to Ukraine while criticising normal trade between China and Russia.

The measures also targeted entities involved in Russia's chemical weapons programme. The State Department said Russia had used the choking agent chloropicrin against Ukrainian forces, an accusation the Kremlin dismissed as baseless.

Secretary of State Antony Blinken raised U.S. concerns about Chinese support for Russia's defence industry during a visit to Beijing last week, officials said.

The European Union is preparing its own package of measures that would for the first time target Russian liquefied natural gas, according to diplomats familiar with the discussions.

Moscow has not ruled out retaliatory steps against U.S. assets, Russian Deputy Foreign Minister Sergei Ryabkov told state news agency RIA on Thursday.
"""),
        entities=["United States|USA", "China|CHN", "Russia|RUS", "Wally Adeyemo|USA", "Antony Blinken|USA",
                  "Sergei Ryabkov|RUS", "Kremlin|RUS", "European Union|IGO"],
        events=["SANCTION USA>CHN", "SANCTION USA>RUS", "ACCUSE USA>CHN mode=allege", "THREATEN CHN>USA",
                "ACCUSE CHN>USA mode=disapprove", "ACCUSE USA>RUS mode=allege",
                "ASSAULT RUS>UKR mode=unconventional reported", "REJECT RUS>USA", "SANCTION IGO>RUS future",
                "THREATEN RUS>USA"],
        speakers=["Wally Adeyemo", "Sergei Ryabkov"],
    ),
    Story(
        slug="modi-putin-moscow-summit-oil-zelenskiy-criticism",
        portal="reuters", lang="en",
        published="2024-07-09T14:20:00+00:00",
        url="https://www.reuters.com/world/india/modi-putin-hold-talks-moscow-zelenskiy-criticises-visit-2024-07-09/",
        title="Modi and Putin hold talks in Moscow; Zelenskiy calls visit a blow to peace efforts",
        authors=["Arjun Mehta", "Polina Sokolova"],
        editor="Reporting by Arjun Mehta in New Delhi and Polina Sokolova in Moscow; Editing by Peter Graff",
        dateline="MOSCOW",
        caption=("Russian President Vladimir Putin and Indian Prime Minister Narendra Modi meet at the Novo-Ogaryovo "
                 "state residence outside Moscow, Russia, July 8, 2024.", "Sputnik/Gavriil Grigorov/Pool via REUTERS"),
        tags=["india", "russia", "ukraine"],
        paras=P("""
Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held talks in the Kremlin on Tuesday, pledging to expand trade and energy ties, as Ukrainian President Volodymyr Zelenskiy criticised the visit as a "devastating blow to peace efforts".

The two leaders agreed to raise bilateral trade to $100 billion by 2030 and to cooperate on nuclear power and a shipping corridor through Iran, according to a joint statement.

"India has always supported dialogue. Solutions are not possible on the battlefield," Modi told Putin in televised remarks at the start of the talks.

Putin thanked Modi for India's efforts to find a peaceful settlement to the conflict in Ukraine, the Kremlin said.

Zelenskiy said it was a huge disappointment to see the leader of the world's largest democracy hug "the world's most bloody criminal" on the same day that a Russian missile strike hit a children's hospital in Kyiv.

India has not condemned Russia's invasion of Ukraine and has sharply increased purchases of discounted Russian crude oil since 2022, drawing criticism from Western governments.

The U.S. State Department said it had made its concerns about India's relationship with Russia clear to New Delhi and urged India to make clear that any resolution must respect Ukraine's sovereignty.

Modi's visit was his first to Russia since the start of the war in February 2022. He is due to travel on to Austria on Wednesday.
"""),
        entities=["Narendra Modi|IND", "Vladimir Putin|RUS", "Volodymyr Zelenskiy|UKR", "Kyiv|UKR", "Iran|IRN",
                  "India|IND", "Russia|RUS"],
        events=["CONSULT IND>RUS mode=visit", "AGREE IND>RUS", "ACCUSE UKR>IND mode=disapprove", "ASSAULT RUS>UKR",
                "ACCUSE IND>RUS neg", "COOPERATE IND>RUS", "ACCUSE USA>IND mode=disapprove",
                "REQUEST USA>IND mode=change", "SUPPORT RUS>IND"],
        speakers=["Narendra Modi", "Volodymyr Zelenskiy"],
    ),
    Story(
        slug="indonesia-election-result-protest-kpu",
        portal="ap", lang="en", dateline="JAKARTA, Indonesia",
        published="2024-03-21T16:10:00+07:00",
        url="https://apnews.com/article/indonesia-election-protest-prabowo-kpu-3f7a2c41d9e0b8a6",
        title="Protesters rally outside Indonesia's election commission as Prabowo is declared winner",
        authors=["Niken Larasati", "Edna Tarigan"],
        editor="Associated Press writer Andi Jatmiko in Jakarta contributed to this report.",
        caption=("Police officers stand guard as protesters rally outside the General Election Commission building in "
                 "Jakarta, Indonesia, Thursday, March 21, 2024.", "AP Photo/Tatan Syuflana"),
        related=["Indonesia's presidential runner-ups file challenges at Constitutional Court"],
        tags=["indonesia", "election", "protest"],
        paras=P("""
Hundreds of protesters rallied outside Indonesia's General Election Commission on Thursday, a day after it declared Defense Minister Prabowo Subianto the winner of last month's presidential election.

Riot police blocked roads around the commission's office in central Jakarta with barbed wire and water cannon trucks, and more than 4,000 officers were deployed across the capital, police said.

The protesters, many of them students and supporters of the two losing candidates, accused the government of abusing state resources to help Prabowo, whose running mate is President Joko Widodo's eldest son.

"This election was not fair. The state's machinery was used for one candidate," said Rafi Hidayat, a university student who traveled from Bandung for the rally.

Police fired tear gas to disperse a group of protesters who threw rocks and tried to pull down a fence near the building late in the afternoon, Jakarta police spokesperson Ade Ary Syam Indradi said. He said 12 people were detained.

Both losing candidates, Anies Baswedan and Ganjar Pranowo, have said they will challenge the results at the Constitutional Court, alleging widespread irregularities.

Prabowo has denied any wrongdoing and called on his rivals to accept the outcome. "The people have spoken. Let us unite again," he told supporters on Wednesday night.

Election officials said Prabowo won about 58% of the vote, avoiding a runoff. He is to be inaugurated in October.
"""),
        entities=["Prabowo Subianto|IDN", "Joko Widodo|IDN", "Anies Baswedan|IDN", "Ganjar Pranowo|IDN",
                  "Ade Ary Syam Indradi|IDN", "Rafi Hidayat|IDN", "General Election Commission|IDN"],
        events=["PROTEST IDN>IDN mode=demo", "MOBILIZE IDN> mode=police", "ASSAULT IDN>IDN mode=crowd-control",
                "COERCE IDN>IDN mode=arrest", "ACCUSE IDN>IDN mode=allege future", "REJECT IDN>IDN",
                "REQUEST IDN>IDN mode=change"],
        speakers=["Rafi Hidayat", "Prabowo Subianto"],
    ),
    Story(
        slug="myanmar-military-airstrike-village-un-condemns",
        portal="ap", lang="en", dateline="BANGKOK",
        published="2023-04-12T20:35:00+07:00",
        url="https://apnews.com/article/myanmar-military-airstrike-sagaing-village-un-9b1e6d5a7c33f2e0",
        title="Myanmar's military acknowledges airstrike on village as UN condemns killings",
        authors=["Grant Peck"], editor="Associated Press writer Maya Lin in Geneva contributed to this report.",
        caption=("Smoke rises from a village in the Sagaing region of Myanmar after an airstrike, in this image taken "
                 "from video.", "Kyunhla Activist Group via AP"),
        related=["ASEAN envoy says talks with Myanmar's generals remain stalled"],
        tags=["myanmar", "asean", "united nations"],
        paras=P("""
Myanmar's military government acknowledged Wednesday that it carried out an airstrike on a village in the country's central Sagaing region, an attack that witnesses said killed dozens of civilians, including children, who had gathered for a ceremony.

A fighter jet dropped bombs on the crowd in Pazigyi village on Tuesday morning, followed by a helicopter that fired on survivors, according to residents and local media.

Military spokesperson Maj. Gen. Zaw Min Tun said the strike targeted the opening of an office of the People's Defense Force, the armed wing of the opposition National Unity Government. He said some of those killed may have been civilians forced to support the resistance.

U.N. human rights chief Volker Türk said he was horrified by the attack. "Despite clear legal obligations to take precautions to protect civilians, there has been flagrant disregard for the relevant rules of international law," he said.

The Association of Southeast Asian Nations, which Indonesia chairs this year, called for an immediate end to all violence and said the attack violated its five-point consensus for peace.

The National Unity Government urged the international community to impose an arms embargo on the military and to stop the sale of aviation fuel to Myanmar.

The United States said it was deeply concerned and repeated its call on the junta to halt its attacks on civilians.

The military seized power from Aung San Suu Kyi's elected government in February 2021.
"""),
        entities=["Myanmar|MMR", "Zaw Min Tun|MMR", "Volker Türk|IGO", "ASEAN|IGO", "National Unity Government|MMR",
                  "People's Defense Force|MMR", "Aung San Suu Kyi|MMR", "United States|USA", "Sagaing|MMR"],
        events=["ASSAULT MMR>MMR mode=aerial", "ACCUSE MMR>MMR mode=allege", "ACCUSE IGO>MMR mode=disapprove",
                "REQUEST IGO>MMR mode=yield", "REQUEST MMR>IGO mode=change", "REQUEST USA>MMR mode=yield",
                "COERCE MMR>MMR"],
        speakers=["Zaw Min Tun", "Volker Türk"],
    ),
    Story(
        slug="indonesia-australia-sign-defence-cooperation-agreement",
        portal="jakartapost", lang="en", dateline="Canberra",
        published="2024-08-30T10:05:00+07:00",
        url="https://www.thejakartapost.com/indonesia/2024/08/30/indonesia-australia-sign-defense-cooperation-agreement.html",
        title="Indonesia, Australia sign defense cooperation agreement",
        standfirst="The pact allows the two militaries to operate from each other's territory for exercises.",
        authors=["Yvette Tanamal"],
        caption=("Defense Minister Prabowo Subianto and Australian Deputy Prime Minister Richard Marles shake hands "
                 "after signing the agreement at the Royal Military College in Canberra.", "AFP/Lukas Coch"),
        related=["Australia, Indonesia hold first joint amphibious exercise in Darwin"],
        tags=["defense", "australia", "prabowo subianto"],
        paras=P("""
Indonesia and Australia signed a defense cooperation agreement in Canberra on Thursday that will let the two countries' armed forces train in each other's territory and deepen cooperation on maritime security and counterterrorism.

Defense Minister and president-elect Prabowo Subianto signed the agreement with Australian Deputy Prime Minister and Defence Minister Richard Marles at the Royal Military College, Duntroon.

"This agreement reflects the trust between our two nations. We are neighbors, and we must always guard each other's security," Prabowo said at a joint press conference.

Marles called the pact the most significant defense agreement between the two countries in their history. He said Australia would not seek to use the agreement to draw Indonesia into any alliance.

Indonesia has long maintained a "free and active" foreign policy and does not join military alliances. Officials in Jakarta stressed that the agreement was not legally binding in the way a treaty would be.

Under the agreement, the two militaries will expand joint exercises and exchange officers, and Australia will help train Indonesian personnel in submarine rescue and disaster response.

Analysts in Jakarta said the agreement was also a signal to China, whose coast guard vessels have repeatedly entered waters off the Natuna Islands that Indonesia claims as its exclusive economic zone.

Prabowo, who will be sworn in as president on Oct. 20, also met Prime Minister Anthony Albanese during the one-day visit.
"""),
        entities=["Prabowo Subianto|IDN", "Richard Marles|AUS", "Anthony Albanese|AUS", "Australia|AUS",
                  "Indonesia|IDN", "China|CHN", "Natuna Islands|IDN"],
        events=["SUPPORT IDN>AUS", "AGREE IDN>AUS", "AGREE AUS>IDN", "CONSULT IDN>AUS mode=visit"],
        speakers=["Prabowo Subianto"],
    ),
    Story(
        slug="indonesia-appeal-wto-nickel-ruling-eu",
        portal="jakartapost", lang="en", dateline="Jakarta",
        published="2023-01-27T09:40:00+07:00",
        url="https://www.thejakartapost.com/business/2023/01/27/indonesia-vows-to-keep-nickel-ore-export-ban-despite-wto-ruling.html",
        title="Indonesia vows to keep nickel ore export ban despite WTO ruling",
        standfirst="Jakarta says it will appeal and will not back down on its downstreaming policy.",
        authors=["Divya Karyza"],
        caption=("Workers operate heavy machinery at a nickel smelter in Morowali, Central Sulawesi.",
                 "JP/Dhoni Setiawan"),
        related=["EU, Indonesia resume talks on comprehensive economic partnership"],
        tags=["nickel", "wto", "european union", "trade"],
        paras=P("""
The government has said it will keep its ban on nickel ore exports in place while it appeals a World Trade Organization ruling that sided with the European Union, insisting that the policy is key to building a domestic battery industry.

A WTO dispute panel ruled late last year that Indonesia's export ban, in force since January 2020, violated global trade rules. Indonesia filed its appeal in December.

"We will not back down. Downstreaming is our right as a sovereign country to add value to our own natural resources," President Joko Widodo told a meeting of regional leaders in Jakarta on Thursday.

The European Commission has accused Indonesia of restricting access to raw materials needed by Europe's stainless steel industry. It said it would consider using its enforcement regulation if the appeal remained unresolved.

Because the WTO's Appellate Body has been paralyzed since 2019, Indonesia's appeal effectively leaves the dispute without a final ruling.

Coordinating Maritime Affairs and Investment Minister Luhut Pandjaitan said on Wednesday that Indonesia was open to talks with the EU but would not accept being "dictated to" on its industrial policy.

The government has said it plans to extend similar bans to bauxite this year and possibly to copper concentrate later.

Officials from both sides are scheduled to resume negotiations on the Indonesia-EU Comprehensive Economic Partnership Agreement in Brussels next month.
"""),
        entities=["Joko Widodo|IDN", "Luhut Pandjaitan|IDN", "European Union|IGO", "European Commission|IGO",
                  "World Trade Organization|IGO", "Indonesia|IDN"],
        events=["REJECT IDN>IGO", "SANCTION IGO>IDN mode=convict", "ACCUSE IGO>IDN mode=allege", "THREATEN IGO>IDN",
                "AGREE IDN>IGO"],
        speakers=["Joko Widodo"],
    ),
]
