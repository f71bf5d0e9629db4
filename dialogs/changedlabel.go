package dialogs

import "regexp"

// s6-m (rp65 p65a): "联系人也换了 是周晓燕老师" says the field changed and then
// its new value: the value is what follows, never "也换了、是周晓燕老师".

// reChangedLabel is a field named as changed before its new value:
// "联系人也换了 是…", "电话也变了，改成…", "制作单位换了：…".
var reChangedLabel = regexp.MustCompile(`(联系人|联系电话|电话|手机|推荐单位|制作单位|片名|时长|分类|监制|编导|导演|撰稿|摄影|剪辑)(?:也|都|同样)?(?:换了|改了|变了|换人了|不一样了|不同了)(?:啊|呀|哈)?[，,。：: ]*(?:现在|新的)?(?:是|为|叫|换成了?|改成了?)?\s*`)

// changedLabel rewrites "X也换了 是V" as "X：V".
func changedLabel(s string) string {
	return reChangedLabel.ReplaceAllString(s, "$1：")
}
