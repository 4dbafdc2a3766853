import type { SourceMessages } from '../catalogue-types';

/** The methodology page (how claims are recorded), in English, the source language. */
export const methodologyEn = {
  'methodology.backToCharts': '← Back to the charts',
  'methodology.title': 'Methodology',
  'methodology.lede':
    'How Claimwatch records reported claims about North Korea’s support to Russia’s war, and the rules it applies to them. A claim is a report that someone said something, not an established fact. The lists of kinds, states and grades below are drawn from the code itself, and the demo and the project’s server apply the same rules from the same code.',
  'methodology.contents': 'On this page',

  'methodology.section.records': 'What a claim records',
  'methodology.section.kinds': 'Kinds of figure',
  'methodology.section.states': 'Verification states',
  'methodology.section.grades': 'Grades',
  'methodology.section.contradictions': 'Contradictions and agreement',
  'methodology.section.conversion': 'From research notes to the dataset',
  'methodology.section.asKnownOn': 'As known on a day',
  'methodology.section.sources': 'Sources and licences',

  'methodology.records.intro':
    'Every claim keeps, beside its figure, who said it, whom they cite, when, and where it was read.',
  'methodology.records.whoTerm': 'Who said it',
  'methodology.records.who':
    'The speaker’s name and role where given; the organisation exactly as the report attributes the claim (“NIS, per Yonhap”); the speaker’s country; and the type of source: {types}. The organisation is also matched to one entry of the source registry, whatever spelling the report used.',
  'methodology.records.citeTerm': 'Whom they cite',
  'methodology.records.cite': 'The chain of citation as the source states it, outermost last.',
  'methodology.records.whenTerm': 'When',
  'methodology.records.when':
    'The date the claim was made, to the day, month or year the sources give and never padded with a made-up day, with how that date was established; and, where different, the date the figure refers to. No date may lie in the future.',
  'methodology.records.whereTerm': 'Where it was read',
  'methodology.records.where':
    'The outlet, the page’s address, date and language, and a short verbatim quote where one was taken.',
  'methodology.records.figureTerm': 'The figure',
  'methodology.records.figure':
    'A single number, a range (both ends given, the low end not above the high), or words only (“several hundred”); the unit as worded; and the qualifier exactly as worded (“more than”, “up to”), with what it makes of the number: {bounds}.',
  'methodology.records.bound.exact': 'exact (the number as stated)',
  'methodology.records.bound.approximate': 'approximate',
  'methodology.records.bound.atLeast': 'at least (a floor)',
  'methodology.records.bound.atMost': 'at most (a ceiling)',
  'methodology.records.bound.range': 'a range',
  'methodology.records.aboutTerm': 'What it is about',
  'methodology.records.about':
    'A topic ({topics}) and a metric, the thing counted, which decides the chart the claim appears on.',
  'methodology.records.topic.troops': 'troops',
  'methodology.records.topic.munitions': 'munitions',
  'methodology.records.readTerm': 'How to read it',
  'methodology.records.read':
    'Its kind of figure, its verification state with its history, and its grade, each described below.',
  'methodology.records.linksTerm': 'Links and notes',
  'methodology.records.links':
    'Related claims, contradicting claims, notes, and any warnings an import raised about it.',

  'methodology.kinds.intro':
    'Every claim is one kind of figure. The kind says what the number is, so that a warning is never read as a count and a denial never as a confirmation. On the charts the outline of a marker shows the kind; the key beside each chart explains the outlines it uses.',
  'methodology.kinds.rulesHeading': 'Rules that follow from the kind',
  'methodology.kinds.ruleFuture':
    'Only a projection or warning may give a figure for a date after the report that gives it (“up to 12,000 by December”).',
  'methodology.kinds.ruleAgreement':
    'When Claimwatch looks for claims that agree with one another, a projection or warning is compared only with other projections or warnings, and any other figure only with figures that are not projections.',
  'methodology.kinds.ruleNoNumber':
    'A claim with no number (a denial, a confirmation, “several hundred”) is drawn in a band above the chart’s plot, never at zero.',
  'methodology.kinds.ruleCumulative':
    'A cumulative total is a running total: one that falls below an earlier cumulative total of the same metric, or is worded as a rate (“per week”), is flagged with a warning.',

  'methodology.states.intro':
    'Every claim has one verification state, listed here from the strongest standing to the weakest. On the charts the state is the shape and fill of the marker, readable in greyscale; colour only tells metrics apart.',
  'methodology.states.recordedHeading': 'How a state is recorded',
  'methodology.states.recorded':
    'A state is recorded, not inferred from the figures. Each claim keeps the history of its states: every change with its date, the state before and after, the reason given and who recorded it. The first entry is the state the claim was first reported with.',
  'methodology.states.ruleServer':
    'States change only on the project’s server, by a signed-in analyst or administrator: through a state change, which needs a reason of at least three characters, or through an import that overwrites the claim, which records its own reason. Either way the change is added to the history. Editing what a claim says never changes its state. The demo is read-only.',
  'methodology.states.ruleRemoving':
    'Removing a claim is a retraction: its state becomes Retracted, and the record and its history stay.',
  'methodology.states.ruleResearch':
    'A research note cannot be reported as retracted: that state only ever comes later.',
  'methodology.states.ruleWords':
    'Who contested a claim, and how its standing changed later, are kept in words beside the state (“later developments”); those words do not change the state themselves.',
  'methodology.states.ruleCorroborated':
    'Corroborated is the state as recorded. Whether the supporting reports are in fact independent is checked separately: see <link>Contradictions and agreement</link>.',

  'methodology.grades.intro':
    'A claim may carry an Admiralty (NATO) grade: the reliability of the source, a letter from A to F, and the credibility of the information, a digit from 1 to 6. The two are kept apart, and either may be missing. A grade reads as letter then digit (“B2”); a claim without one reads “Not graded”.',
  'methodology.grades.meanings':
    'The conventional meanings of the two scales are below. Claimwatch stores only the letter and the digit: it does not check how they were assigned, and it never derives a grade from a verification state or a state from a grade.',
  'methodology.grades.reliabilityHeading': 'Source reliability',
  'methodology.grades.reliability.A': 'Completely reliable',
  'methodology.grades.reliability.B': 'Usually reliable',
  'methodology.grades.reliability.C': 'Fairly reliable',
  'methodology.grades.reliability.D': 'Not usually reliable',
  'methodology.grades.reliability.E': 'Unreliable',
  'methodology.grades.reliability.F': 'Reliability cannot be judged',
  'methodology.grades.credibilityHeading': 'Information credibility',
  'methodology.grades.credibility.1': 'Confirmed by other sources',
  'methodology.grades.credibility.2': 'Probably true',
  'methodology.grades.credibility.3': 'Possibly true',
  'methodology.grades.credibility.4': 'Doubtful',
  'methodology.grades.credibility.5': 'Improbable',
  'methodology.grades.credibility.6': 'Truth cannot be judged',
  'methodology.grades.whereHeading': 'Where grades come from',
  'methodology.grades.whereNotes':
    'The research notes give no grade and none is invented, so every claim of the default dataset is not graded.',
  'methodology.grades.whereImport':
    'A grade can come with claims imported as JSON or CSV (columns <code>grade_reliability</code> and <code>grade_credibility</code>) or written through the server’s API; the claim form keeps a claim’s grade as it is.',
  'methodology.grades.whereFilter':
    'The grade filter narrows by letter, by digit or both (“B” and “2” keep claims graded B2); “Not graded” keeps claims with no grade.',

  'methodology.contradictions.heading': 'Recorded contradictions',
  'methodology.contradictions.intro':
    'Two claims contradict each other when the data records it: each then lists the other among its contradicting claims, and the claim panel and the compare view show the pair. In the default dataset contradictions come from two rules and nothing else:',
  'methodology.contradictions.ruleDenial': 'a denial or non-denial related to a confirmation;',
  'methodology.contradictions.ruleNote':
    'a research note that names another claim in a sentence saying they conflict (“contradiction”, “conflicts with”, “lower than”, “higher than”, “differs”).',
  'methodology.contradictions.exception':
    'A contradiction changes neither claim’s state, with one exception made when the research notes are converted: a denial whose related claims include a confirmation by a speaker of the same country (its own side acknowledging what it denied) becomes Retracted on the day of that confirmation, and its history says why.',
  'methodology.agreement.heading': 'Agreement',
  'methodology.agreement.intro': 'Another claim supports a claim’s figure when all of these hold:',
  'methodology.agreement.sameMetric': 'it counts the same metric;',
  'methodology.agreement.sameKind': 'both are projections or warnings, or neither is;',
  'methodology.agreement.days': {
    one: 'the dates their figures refer to (the figure’s own date, else the date the claim was made) are at most {count} day apart;',
    other:
      'the dates their figures refer to (the figure’s own date, else the date the claim was made) are at most {count} days apart;',
  },
  'methodology.agreement.tolerance': 'the figures are within {percent}% of each other, or their stated ranges overlap;',
  'methodology.agreement.notContradicting': 'neither records the other as contradicting it.',
  'methodology.agreement.limits': {
    one: 'A claim without a number or without a date neither gives nor gets support. Each claim keeps at most {count} supporting claim, the nearest in time first.',
    other:
      'A claim without a number or without a date neither gives nor gets support. Each claim keeps at most {count} supporting claims, the nearest in time first.',
  },

  'methodology.origins.heading': 'Independence: one event, one voice',
  'methodology.origins.intro':
    'Four outlets reporting one briefing are one voice, not four. Claimwatch therefore groups claims by their origin: the first link of a claim’s chain of citation, such as a briefing, a statement, a report, a video or an interview. Two claims share an origin when they have',
  'methodology.origins.sameOwner':
    'the same owner: the registered organisation the first link names, or else the organisation the speaker is matched to;',
  'methodology.origins.sameKind': 'the same kind of event;',
  'methodology.origins.matchingLink':
    'a matching first link: where it names no kind of event, the same words; where it quotes unnamed people, the same first reporter as well;',
  'methodology.origins.sameDay':
    'the same or an adjacent day, counted from the group’s first day, so that a run of daily statements does not chain into one event.',
  'methodology.origins.unknown':
    'A claim whose date is not known to the day is never grouped with another. A claim with no chain, or whose chain and speaker name no registered organisation, has no known origin and is never merged by guesswork. On the project’s server analysts can confirm, split or merge groupings, each decision recorded with its reason.',
  'methodology.origins.supportIntro': 'Support is then sorted by origin:',
  'methodology.origins.independentTerm': 'Independent',
  'methodology.origins.independent':
    'From another origin of another organisation. Only this counts as independent corroboration.',
  'methodology.origins.sameOriginTerm': 'Same origin',
  'methodology.origins.sameOrigin': 'A repeat of the same event, usually by another outlet. Shown, not counted.',
  'methodology.origins.sameOrganisationTerm': 'Same organisation',
  'methodology.origins.sameOrganisation':
    'Another statement by the same organisation: a restatement, not independent. Shown, not counted.',
  'methodology.origins.unknownTerm': 'Origin unknown',
  'methodology.origins.unknownOrigin': 'Either origin is unknown, so independence cannot be told. Listed apart.',
  'methodology.origins.filters':
    'The filters can keep only independently corroborated claims. Charts can fold repeats of one origin into one mark, but only when they agree exactly (the same metric, kind, figure and qualifier); other figures of that origin stay separate marks, linked. The compare view gives each period’s spread both over claims and over independent origins.',

  'methodology.warnings.heading': 'Warnings when claims disagree',
  'methodology.warnings.intro':
    'Some disagreements are flagged on the claim as warnings, never as reasons to refuse it. The claim panel shows them, and the import warnings filter finds them. The default dataset is given these checks too.',
  'methodology.warnings.oneOrigin':
    'Marked corroborated, but every supporting claim repeats its own origin or organisation and no independent origin supports it. Worked out afresh whenever claims are read, so it is never stale.',
  'methodology.warnings.sameSpeaker': 'The same speaker gave another figure for the same metric on the same day.',
  'methodology.warnings.cumulativeBelow':
    'A cumulative total below an earlier cumulative total of the same metric: a running total should not fall.',
  'methodology.warnings.jump': 'A figure more than ten times the largest earlier figure of the same metric.',
  'methodology.warnings.rate': 'A cumulative total worded as a rate (“per week”, “in the last month”).',

  'methodology.conversion.intro':
    'The default dataset, which the demo shows and a new server starts with, is made from the 64 research notes on public reporting (2023–2025) in <code>data/research/reported-claims.json</code> and the two seed texts in <code>data/seeds/</code>. The command <code>npm run data:build</code> converts them into <code>data/default-dataset.json</code>, and a test fails whenever that file differs from what the conversion makes now. Research notes imported later on the server go through the same conversion. It is faithful: no figure is added.',
  'methodology.conversion.eachTerm': 'Each note on its own',
  'methodology.conversion.each':
    'Every note is checked against the notes’ format. A note that does not fit, or repeats an id, is refused with every reason in the note’s own field names; it is never silently dropped, and the build writes nothing while any note is refused.',
  'methodology.conversion.fieldsTerm': 'Field for field',
  'methodology.conversion.fields':
    'Each note becomes one claim, with its speaker, outlet, address, dates, chain of citation, quote and verification as the note gives them.',
  'methodology.conversion.datesTerm': 'Dates',
  'methodology.conversion.dates':
    'The claim date is the note’s exact date, else its approximate date at the precision it gives (a month stays a month). A note with neither stays undated: it is listed beside the chart, with the page’s own date shown but never used as the claim date.',
  'methodology.conversion.qualifiersTerm': 'Qualifiers',
  'methodology.conversion.qualifiers':
    'The wording is kept exactly as written, and what it makes of the number is read from its words. A wording Claimwatch does not recognise reads as approximate, never as more certain, and is flagged with a warning.',
  'methodology.conversion.verificationTerm': 'Verification',
  'methodology.conversion.verification':
    'The first history entry is the state at report, dated when the claim was made, with the note’s reasoning. One change is derived: a denial contradicted by a confirmation from its own side becomes Retracted (see <link>Contradictions and agreement</link>). Every other claim keeps the state it was reported with, and how its standing changed later stays in words: an acknowledgement of a deployment does not confirm anyone’s number.',
  'methodology.conversion.linksTerm': 'Links',
  'methodology.conversion.links':
    'Related links are made two-way where both claims exist. Ids the dataset does not hold are kept and shown as not in this dataset. Contradictions come from the two rules described above.',
  'methodology.conversion.gradesTerm': 'Grades',
  'methodology.conversion.grades': 'The notes give none, so none is invented.',
  'methodology.conversion.importTerm': 'Then, as for any import',
  'methodology.conversion.import':
    'Each organisation is matched to the source registry, the warnings described above are added, and origins and support are worked out.',
  'methodology.conversion.presentationTerm': 'Presentation, not claims',
  'methodology.conversion.presentation':
    'Metric labels, units, chart groups and plausibility ceilings come from a catalogue in the code. The dated context events drawn on the charts each quote a seed text or a note verbatim; where these give no exact day, the event keeps the precision they give.',

  'methodology.asKnownOn.intro':
    'The <em>As known on</em> filter (<code>asof=YYYY-MM-DD</code> in a link) shows the picture as it stood on a past day, rebuilt from the dates each claim records:',
  'methodology.asKnownOn.made':
    'Only claims certainly made by the end of that day are kept. A claim dated only to a month or a year counts once that month or year is over; an undated claim is left out.',
  'methodology.asKnownOn.state':
    'Each claim shows the state its history gives for that day: the state it was first reported with, then every later change dated on or before that day. A change with no date, or dated to a month or year not yet over, is left out.',
  'methodology.asKnownOn.later': 'Later developments recorded in words are hidden.',
  'methodology.asKnownOn.origins':
    'Origins, support and the one-origin warning are worked out again from the claims known that day, in the states they had then.',
  'methodology.asKnownOn.filters': 'The other filters then apply to those states.',
  'methodology.asKnownOn.pastView':
    'The page says plainly that it is a past view and offers a way back to today; an export records the day in its metadata and in its file name.',
  'methodology.asKnownOn.notACopy':
    'It is not a copy of the data as it stood that day. It relies on the dates that claims and their histories carry: a claim entered later but made earlier appears in the past view; a state change counts from the date given for it, not from when it was entered; and everything else about a claim (its figure, quote, source and links) is shown as it is recorded now.',

  'methodology.sources.whereRead':
    'Every claim names where it was read: the outlet, the page’s address, its date and its language. An address becomes a link only when it is a plain http(s) address, and it opens the original page in a new tab. Many pages are syndications, mirrors or aggregators of the first report; the chain of citation records who cites whom, as the page states it.',
  'methodology.sources.quotes':
    'Quotes are short verbatim excerpts of those pages (the notes’ format describes them as at most 25 words), with their language, shown beside the outlet and a link to the original so that each claim can be checked. Not every claim has one. The research notes also record how each page was read: the current notes say they were read from stored excerpts of the pages, not on the live web. That record stays in the notes and is not carried into the claims.',
  'methodology.sources.registry':
    'The organisations that make claims are kept in a source registry, one entry per organisation with the spellings reports use for it, listed on the Sources page. A claim keeps the attribution as the report wrote it.',
  'methodology.sources.seeds':
    'The two seed texts are an analysis written as of mid-March 2024 and an undated news article that cites reports of October 2024. The repository gives no author, outlet or address for either; Claimwatch cites them as “Seed text 000” and “Seed text 001” and uses them only for dated context events on the charts.',
  'methodology.sources.scenarios':
    'The demo’s test scenarios can add synthetic claims: a banner says when a scenario is on, the synthetic claims name themselves as synthetic, and they are never part of the dataset.',
  'methodology.licences.heading': 'Licences',
  'methodology.licences.none':
    'No licence is stated for the research notes, the seed texts or the default dataset: the repository has no licence file, its package declares no licence, and neither the notes’ description nor the seed texts mention one.',
  'methodology.licences.api':
    'Apart from the licences of the software libraries it uses, the only licence the repository states is the API’s: its contract document (OpenAPI) declares it “Proprietary: all rights reserved”.',
  'methodology.licences.quotes':
    'The quoted words, figures and attributions come from the outlets and speakers named with each claim. Claimwatch reproduces short excerpts for reference, each with a link to the original page; the repository records no licence or permission for them. Anyone reusing a quote should take it from the original page, under that page’s terms.',
} as const satisfies SourceMessages<'methodology'>;
