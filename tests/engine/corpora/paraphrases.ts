/**
 * Forty sentence pairs in four news stories of ten sentences each: a sentence and a paraphrase
 * of it, written for this project (CC0; see README.md). Names, figures and facts are invented.
 * The paraphrases reword, reorder clauses and change voice, as an agency rewrite does, but keep
 * every name and figure, so a careful reader pairs each with its original.
 */
export interface Paraphrase {
  original: string;
  paraphrase: string;
}

export interface Story {
  topic: string;
  pairs: Paraphrase[];
}

export const STORIES: Story[] = [
  {
    topic: 'port strike',
    pairs: [
      {
        original:
          'Dock workers at the port of Kelvport walked off the job on Monday, halting cargo traffic.',
        paraphrase:
          'Cargo traffic at Kelvport came to a standstill on Monday after dock workers went on strike.',
      },
      {
        original: 'The union says its 4,200 members have gone three years without a pay rise.',
        paraphrase:
          'According to the union, none of its 4,200 members has had a raise in three years.',
      },
      {
        original:
          'Port director Amara Lindqvist called the walkout illegal and urged workers to return.',
        paraphrase:
          'Amara Lindqvist, who runs the port, urged the strikers back, saying the walkout was unlawful.',
      },
      {
        original: 'About 60 container ships were waiting offshore by Tuesday evening.',
        paraphrase: 'By Tuesday evening some 60 container vessels were queuing off the coast.',
      },
      {
        original:
          'Supermarkets in the region warned that fresh fruit could run short within a week.',
        paraphrase:
          'Regional grocery chains said shelves might be missing fresh fruit inside a week.',
      },
      {
        original:
          'The transport ministry offered to mediate between the union and the port authority.',
        paraphrase:
          'Mediation between the port authority and the union has been offered by the transport ministry.',
      },
      {
        original: 'Talks collapsed last month when the authority proposed a 2 percent increase.',
        paraphrase:
          'Negotiations broke down a month ago after the authority put forward a raise of 2 percent.',
      },
      {
        original: 'Union leader Tomas Ferreira said members would accept nothing below 6 percent.',
        paraphrase:
          'Members will not settle for less than 6 percent, union chief Tomas Ferreira said.',
      },
      {
        original: 'Economists estimate the stoppage costs the national economy $45 million a day.',
        paraphrase:
          'The strike is costing the country roughly $45 million daily, economists reckon.',
      },
      {
        original: 'The last strike at Kelvport, in 2019, lasted eleven days.',
        paraphrase: 'Kelvport’s previous strike, back in 2019, went on for eleven days.',
      },
    ],
  },
  {
    topic: 'flood',
    pairs: [
      {
        original: 'Heavy rain over the weekend flooded hundreds of homes along the Ossa river.',
        paraphrase:
          'Hundreds of houses beside the Ossa river were inundated after a weekend of downpours.',
      },
      {
        original: 'Emergency crews rescued 37 people from rooftops in the village of Marrow Bend.',
        paraphrase: 'In Marrow Bend, rescuers plucked 37 residents from the roofs of their homes.',
      },
      {
        original:
          'The river peaked at 6.8 meters on Sunday, the highest level since records began.',
        paraphrase: 'At 6.8 meters on Sunday, the Ossa reached its highest level on record.',
      },
      {
        original: 'Two people are missing after their car was swept off a bridge near Dunholt.',
        paraphrase:
          'A car was carried off a bridge close to Dunholt, and its two occupants have not been found.',
      },
      {
        original: 'Governor Ines Marchetti declared a state of emergency in four districts.',
        paraphrase:
          'A state of emergency now covers four districts, by order of Governor Ines Marchetti.',
      },
      {
        original: 'Schools across the valley will stay closed until at least Wednesday.',
        paraphrase: 'Valley schools are to remain shut through Wednesday at the earliest.',
      },
      {
        original: 'Farmers fear the water has destroyed most of this year’s potato harvest.',
        paraphrase:
          'Much of the season’s potato crop has probably been ruined by the flooding, farmers worry.',
      },
      {
        original: 'The national weather service forecasts more rain for Thursday and Friday.',
        paraphrase:
          'Forecasters at the national weather service expect further rain on Thursday and Friday.',
      },
      {
        original: 'Residents complained that flood barriers promised in 2021 were never built.',
        paraphrase: 'Locals said the flood defenses pledged back in 2021 never materialised.',
      },
      {
        original: 'Insurers expect claims to exceed 120 million euros.',
        paraphrase: 'Insurance companies anticipate more than 120 million euros in claims.',
      },
    ],
  },
  {
    topic: 'election',
    pairs: [
      {
        original: 'Voters in Laranda elect a new mayor on Sunday after a bitter six-week campaign.',
        paraphrase:
          'After six acrimonious weeks of campaigning, Laranda chooses a new mayor on Sunday.',
      },
      {
        original:
          'The incumbent, Paul Okonjo, is seeking a third term on a promise of cheaper buses.',
        paraphrase: 'Mayor Paul Okonjo wants a third term and is campaigning on lower bus fares.',
      },
      {
        original: 'His main rival, Clara Vey, has focused on the city’s housing shortage.',
        paraphrase:
          'Clara Vey, his chief challenger, has made the lack of housing her central issue.',
      },
      {
        original: 'A poll published on Thursday put Vey ahead by four points.',
        paraphrase: 'Vey led by four points in a survey released on Thursday.',
      },
      {
        original: 'Turnout in the last mayoral election was just 41 percent.',
        paraphrase: 'Only 41 percent of voters took part in the previous race for mayor.',
      },
      {
        original: 'Polling stations open at 7 a.m. and close at 8 p.m.',
        paraphrase: 'Voting runs from 7 a.m. until polls close at 8 p.m.',
      },
      {
        original: 'Okonjo was fined last year for using council cars during his campaign.',
        paraphrase: 'Last year Okonjo received a fine for campaigning in council vehicles.',
      },
      {
        original: 'Vey, a former architect, has never held public office.',
        paraphrase: 'A one-time architect, Vey has not previously served in any elected post.',
      },
      {
        original: 'Both candidates have pledged to plant 10,000 trees.',
        paraphrase: 'Planting 10,000 trees is a promise the two candidates share.',
      },
      {
        original: 'Results are expected shortly after midnight.',
        paraphrase: 'The outcome should be known soon after midnight.',
      },
    ],
  },
  {
    topic: 'vaccine trial',
    pairs: [
      {
        original:
          'A malaria vaccine developed in Nairobi cut infections by 71 percent in a large trial.',
        paraphrase:
          'In a large study, a Nairobi-developed malaria vaccine reduced infections by 71 percent.',
      },
      {
        original: 'The trial enrolled 9,600 children aged between five months and three years.',
        paraphrase:
          'Some 9,600 children from five months to three years old took part in the study.',
      },
      {
        original: 'Lead researcher Wanjiru Kamau said the results exceeded her expectations.',
        paraphrase:
          'The findings were better than she had hoped, said Wanjiru Kamau, who led the research.',
      },
      {
        original: 'Side effects were mostly mild, such as fever and a sore arm.',
        paraphrase: 'Most side effects were minor, for example a fever or soreness in the arm.',
      },
      {
        original: 'The vaccine needs three doses given a month apart and a booster after a year.',
        paraphrase: 'Three monthly doses are required, followed by a booster twelve months later.',
      },
      {
        original: 'Regulators in Kenya and Ghana are reviewing the data.',
        paraphrase: 'The data are under review by regulators in Ghana and Kenya.',
      },
      {
        original: 'Each dose is expected to cost less than $3.',
        paraphrase: 'A single dose should cost under $3.',
      },
      {
        original:
          'Malaria killed more than 600,000 people in 2022, most of them young children in Africa.',
        paraphrase:
          'In 2022 malaria caused over 600,000 deaths, mainly among small children in Africa.',
      },
      {
        original:
          'The World Health Organization called the findings encouraging but urged caution.',
        paraphrase:
          'The findings are encouraging, the World Health Organization said, while counselling caution.',
      },
      {
        original: 'Production could begin at a plant in Pune next year.',
        paraphrase: 'A factory in Pune may start manufacturing the vaccine next year.',
      },
    ],
  },
];
