package dialogs

import (
	"context"
	"net/url"
	"strings"

	"contestbot"
)

// The check page: most contacts have no direct download link to their film.
// It sits on an office PC or a phone, or behind a 网盘 share page. The reply
// to "检查视频", to a question about how to check a video, to a share-page
// link and to a video sent in the chat carries the user's own check page,
// where the browser reads only the file's metadata. The wording is the same
// everywhere (checkWays).

// CheckPager makes a user's check page link ({server.public_url}/check/TOKEN),
// valid for a day. admin.Server implements it.
type CheckPager interface {
	CheckPageLink(ctx context.Context, openID string) (string, error)
}

// checkWays is the fixed wording of how a video can be checked, with the
// user's page link (none when there is no page).
func checkWays(link string) string {
	s := "检查视频：\n" +
		"1. 有视频文件的直接下载链接（http开头，打开就是视频文件本身），把链接发给我即可；\n" +
		"2. 网盘分享页（百度网盘、夸克网盘等）不行：打开的是网页，不是文件；\n"
	if link == "" {
		return s + "3. 视频在电脑或手机里：请先上传到能生成直接下载链接的地方（学校文件服务器、对象存储），再把链接发给我。\n" +
			"注意：直接在微信里发视频会被压缩，无法检查原文件。"
	}
	return s + "3. 视频在电脑或手机里：打开下面您的检查页，选择视频文件即可。只读取文件的格式信息，视频画面不会上传：\n" +
		link + "\n（链接24小时内有效，仅限本人使用；在电脑上检查可以把链接发到“文件传输助手”后用电脑微信打开）"
}

// checkPageLink is the user's check page link, or "" when there is none.
func (t *turn) checkPageLink() string {
	if t.c.deps.CheckPage == nil {
		return ""
	}
	l, err := t.c.deps.CheckPage.CheckPageLink(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Error("check page link", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return ""
	}
	return l
}

// checkHowTo answers "检查视频" (menu key CHECK) and questions about how to
// check a video.
func (t *turn) checkHowTo() string {
	return checkWays(t.checkPageLink())
}

// chatVideo answers a video sent in the chat (MsgType video/shortvideo).
func (t *turn) chatVideo() string {
	return "收到视频了。不过微信会压缩聊天里发送的视频，检查需要原始文件，这个视频没法用来检查。\n\n" + t.checkHowTo()
}

// shareLinkReply answers a link to a 网盘 share page, which is a web page,
// not the file: no check is run.
func (t *turn) shareLinkReply() string {
	return "这是网盘分享页的链接，打开的是网页而不是视频文件本身，没法直接检查。可以先从网盘把视频下载到电脑或手机，再用检查页检查。\n\n" + t.checkHowTo()
}

// shareHosts are 网盘 and file-sharing sites whose links open a share page.
var shareHosts = []string{
	"pan.baidu.com", "yun.baidu.com", "pan.quark.cn", "aliyundrive.com", "alipan.com", "weiyun.com",
	"115.com", "115cdn.com", "123pan.com", "123pan.cn", "123684.com", "123865.com", "lanzou", "ilanzou.com",
	"cloud.189.cn", "caiyun.139.com", "yun.139.com", "pan.xunlei.com", "ctfile.com", "jianguoyun.com",
	"drive.google.com", "onedrive.live.com", "1drv.ms", "sharepoint.com", "wetransfer.com", "we.tl",
	"feijipan.com", "wenshushu.cn", "pan.wo.cn", "share.weiyun.com", "mega.nz",
}

// isShareLink reports whether u is a 网盘 share page rather than a file.
func isShareLink(u string) bool {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return false
	}
	host := strings.ToLower(p.Hostname())
	for _, h := range shareHosts {
		if strings.Contains(h, ".") {
			if host == h || strings.HasSuffix(host, "."+h) {
				return true
			}
		} else if strings.Contains(host, h) {
			return true
		}
	}
	return false
}

// asksHowToCheck reports whether a message (compacted) asks how to check a
// video; a 内容简介 being typed is never taken for one.
func (t *turn) asksHowToCheck(c string) bool {
	if (t.st.Mode == modeForm || t.st.Mode == modeEdit) && t.st.Pending.freeText() {
		return false
	}
	return isCheckQuestion(c)
}

// isCheckQuestion reports whether a message (compacted) asks how to check
// a video, or whether a 网盘 link or a file on a computer will do.
func isCheckQuestion(c string) bool {
	if containsAny(c, "不通过", "没通过", "未通过", "结果", "码率", "分辨率", "1080", "4k", "时长") {
		return false // about a verdict or numbers: the knowledge answers those
	}
	how := containsAny(c, "怎么", "如何", "怎样", "咋", "哪里", "在哪", "能不能", "可不可以", "可以吗", "行吗", "行不行",
		"能否", "方法", "办法", "?", "吗")
	check := containsAny(c, "检查", "检测", "查验", "核验", "验证", "审核")
	video := containsAny(c, "视频", "片子", "作品", "文件", "格式", "mp4")
	switch {
	case check && video && how:
		return true
	case containsAny(c, "网盘", "百度云", "云盘") && (check || containsAny(c, "分享链接", "分享的链接", "提取码", "分享页")) && how:
		return true
	case containsAny(c, "电脑", "手机", "u盘", "本地") && video && containsAny(c, "检查", "发给你", "发你", "上传") && how:
		return true
	}
	return false
}

// pageHint is what follows a link check whose link turned out to be a web
// page (a share page on a host not in shareHosts, a login page): the ways
// to check, with the user's page. "" for any other report.
func (c *Core) pageHint(ctx context.Context, openID string, rep contestbot.Report) string {
	if len(rep.Rules) == 0 || rep.Rules[0].ID != contestbot.RuleContainer ||
		rep.Rules[0].Status != contestbot.VerdictFail || !strings.Contains(rep.Rules[0].Message, "网页") {
		return ""
	}
	link := ""
	if c.deps.CheckPage != nil {
		l, err := c.deps.CheckPage.CheckPageLink(ctx, openID)
		if err != nil {
			c.log.Error("check page link", "user", contestbot.LogID(openID), "err", err)
		}
		link = l
	}
	return "\n\n" + checkWays(link)
}
