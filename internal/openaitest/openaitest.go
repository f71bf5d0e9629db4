// Package openaitest fakes an OpenAI-compatible chat completions endpoint
// for tests: the LLM is never reached over the internet.
package openaitest

import (
	"encoding/json"
	"io"
	"net/http"
	"time"
)

// Request is what a chat completion request asked.
type Request struct {
	Model          string
	ResponseFormat string // "json_object" when JSON mode was asked
	System, User   string // the first and the last message
}

// Reply is how the fake answers one request.
type Reply struct {
	Key     string        // the bearer token accepted
	Delay   time.Duration // before answering (the client may give up first)
	Status  int           // an HTTP error status instead of an answer
	Refusal string        // the message's refusal field
	// Seen is called with every well-formed request before the delay; an
	// error answers 400.
	Seen func(Request) error
	// Content is the assistant's answer.
	Content func(Request) string
}

// Serve answers r at /v1/chat/completions as rep says.
func Serve(w http.ResponseWriter, r *http.Request, rep Reply) {
	if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer "+rep.Key {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	var req struct {
		Model          string `json:"model"`
		ResponseFormat struct {
			Type string `json:"type"`
		} `json:"response_format"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
	}
	body, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(body, &req); err != nil || len(req.Messages) < 2 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	in := Request{Model: req.Model, ResponseFormat: req.ResponseFormat.Type,
		System: req.Messages[0].Content, User: req.Messages[len(req.Messages)-1].Content}
	if rep.Seen != nil {
		if err := rep.Seen(in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	if rep.Delay > 0 {
		select {
		case <-time.After(rep.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if rep.Status != 0 {
		w.WriteHeader(rep.Status)
		io.WriteString(w, `{"error":{"message":"upstream down","type":"server_error"}}`)
		return
	}
	content := ""
	if rep.Content != nil {
		content = rep.Content(in)
	}
	msg := map[string]any{"role": "assistant", "content": content}
	if rep.Refusal != "" {
		msg["refusal"] = rep.Refusal
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": in.Model,
		"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": msg}},
	})
}
