package knowledge

// s5-g5: the bot's own features a caller acts on.

// FeatureDocs is the feature of downloading the filled forms ("把更新后的
// 表发我"): the dialogs answer it with the user's own documents link. Load
// fails when the facts file has no intent of this id (namedIntents).
const FeatureDocs = "docs"

func init() { namedIntents = append(namedIntents, FeatureDocs) }

// Feature names the bot's own feature a KindFeature answer is about
// (FeatureDocs …); "" for any other answer.
func (a Answer) Feature() string {
	if a.Kind != KindFeature || len(a.intents) == 0 {
		return ""
	}
	return a.intents[0]
}
