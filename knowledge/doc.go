// Package knowledge answers school contacts' questions about the contest
// from the notice, offline, citing the section each answer comes from.
//
// A season is data, not code: the notice text (split into citable sections
// such as "三（一）" and "附件1 第3条") and a facts file (structured facts,
// the video rules as a checks.Spec, and curated question intents with their
// synonyms). The first season's files are embedded; config names others.
//
// Answer tries, in order: not-a-question detection (a name or a phone number
// typed mid-form gets KindNone), the video-from-words judge (the same
// checks.Evaluate rules the MP4 checks use), the curated intents (concept
// matching over normalised text: full-width folded, traditional characters
// mapped to simplified, common typos listed as synonyms), and BM25 retrieval
// over character bigrams of the sections. What none of them answers is
// either "通知中没有说明" with the contacts or, off topic, a polite redirect.
// An optional OpenAI-compatible LLM may rephrase a grounded answer; its text
// is used only if every number, date, e-mail and room in it is in the facts.
package knowledge
