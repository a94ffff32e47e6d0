/**
 * Independent accounts of the four events in paraphrases.ts, written for this project (CC0; see
 * README.md) without copying or rewording its sentences: what another newsroom, working from its
 * own sources, might publish on the same day. They share the topic, the places and some names and
 * figures with the source, as the non-plagiarised answers of Clough & Stevenson's corpus share
 * their task's topic; their sentences say other things, in other words. Keyed by story topic.
 */
export const INDEPENDENT: Record<string, string[]> = {
  'port strike': [
    'Lorries stood nose to tail outside the Kelvport terminal gates as pickets handed out leaflets.',
    'Crane operators joined the action on the second day, a spokeswoman for the union confirmed.',
    'Shipping lines have begun diverting vessels to smaller harbours further north.',
    'A car manufacturer said it would pause one assembly line because parts were stuck in containers.',
    'Opposition politicians accused the transport ministry of letting the dispute drag on.',
    'Pickets sang and lit braziers through the night at the main entrance.',
    'Fishing crews, who use a separate quay, were allowed to land their catch.',
    'The chamber of commerce asked the port authority and the union to agree on a cooling-off period.',
    'Some dockers said they could not afford to stay out for more than a fortnight.',
    'Police reported no arrests and described the protest as peaceful.',
  ],
  flood: [
    'Sandbags ran out in several towns on Saturday night, and volunteers filled bin bags with soil.',
    'The army sent amphibious vehicles to reach farms cut off by the water.',
    'A hospital in the valley moved patients from its ground floor as a precaution.',
    'Railway services along the Ossa river valley were suspended.',
    'Meteorologists at the national weather service blamed a slow-moving low-pressure system.',
    'Churches and sports halls opened overnight for families who had to leave their homes.',
    'Drinking water was declared unsafe in two municipalities until tests are complete.',
    'Television pictures showed cattle stranded on a narrow strip of higher ground.',
    'Governor Ines Marchetti visited a shelter and said the clean-up would take months.',
    'Environmental groups said straightened riverbanks had made the flooding worse.',
  ],
  election: [
    'Campaign posters in Laranda have been torn down and replaced almost nightly.',
    'A televised debate between Paul Okonjo and Clara Vey ended in shouting over a tram line.',
    'Young voters told reporters that rents, not transport, decide their choice.',
    'Three smaller parties are also standing, though none is expected to pass five percent.',
    'Observers from a civic group will watch the count in every district.',
    'The city council has ordered extra ballot boxes after long queues four years ago.',
    'Business leaders have stayed publicly neutral, although several donated to both campaigns.',
    'A local newspaper endorsed neither candidate, calling the race a choice between two risks.',
    'Postal votes have already reached a record number, election officials said.',
    'Whoever is elected mayor on Sunday will face a budget gap left by falling property taxes.',
  ],
  vaccine: [
    'Health workers in rural clinics say the hardest part will be getting families to return for every dose.',
    'The shot must be kept refrigerated, a challenge in villages without reliable power.',
    'Mosquito nets and spraying remain the main defence against the disease for now.',
    'A drug company in India has offered to manufacture the vaccine under licence.',
    'Parents in the study were visited at home by nurses each week.',
    'Critics noted that protection seemed to fade without a booster after a year.',
    'Funding for the research came from a mix of governments and charities.',
    'Scientists hope a single-dose version can be developed within five years.',
    'Malaria parasites have grown resistant to several older drugs, doctors warned.',
    'The World Health Organization will decide next year whether to recommend the vaccine.',
  ],
};
