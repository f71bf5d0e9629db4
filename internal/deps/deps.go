// Package deps pins modules that packages under construction will import,
// so that go mod tidy keeps them. Delete it once every module is imported
// by real code.
package deps

import (
	_ "github.com/Eyevinn/mp4ff/mp4"
	_ "github.com/chromedp/chromedp"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/sashabaranov/go-openai"
	_ "github.com/silenceper/wechat/v2/officialaccount"
	_ "github.com/xuri/excelize/v2"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/crypto/bcrypt"
	_ "golang.org/x/text/width"
)
