package dialogs

// s9-i (round 24, rp116 p116b): a teacher called away mid-form wrote "有学生找
// 等会" at the 联系人 step (answered as a question about students) and "下课再说"
// at the 摄影 step (refused as a name). Both are leaving for now: the draft
// is kept and the reply is the plain one of leavesInOwnWords.

// reLeaveWait is a stop by waiting or by an event to come, for reLeaveCore:
// "等会", "等一会儿", "下课再说", "开完会再弄", "忙完了再填". It must end the
// message ("等会儿 片名改一下" is no stop).
const reLeaveWait = `(?:等|稍等|过|待)(?:会儿?|一会儿?|一下下)(?:哈|啊|吧|呀)*$|` +
	`(?:下课|下了课|上完课|开完会|散会|忙完|办完事|回办公室|回家)(?:了|后|以后|之后)?再(?:说|弄|填|报|写|来|聊)`

// reLeaveReason is a reason for leaving that may stand around a stop, for
// reLeaveTalk: "有学生找", "来电话了", "要上课了", "领导叫我".
const reLeaveReason = `有(?:学生|人|领导|同事|家长|老师|事)(?:找|叫|来了|来|喊)?(?:我|俺)?|` +
	`(?:领导|学生|同事|家长|主任|书记|校长)(?:找|叫|喊)(?:我|俺)?|(?:来|接个?)电话了?|(?:要|得|该)?(?:去)?上课了?|要开会了?`
