// Package documents writes the files the contest notice prescribes from the
// entry records: the 汇总表 (附件4) as .xlsx, each entry's 报名表 (附件2) and
// 版权确认协议书 (附件3) as .docx, a unit's documents as one .zip, and the
// CSV and JSON exports of PRODUCT.md.
//
// Entries are stored already normalised (digits-only phones, titles without
// 《》, roles joined with 、). The writers still sanitise every value, because
// a file that reaches a printer or another program must not depend on every
// writer of the store having been careful.
package documents
