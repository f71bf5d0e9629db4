//go:build race

package main

// raceEnabled: the race detector's shadow memory makes a process about three
// times its real size (TestCheckFlood: 65 MB without it, 190–210 MB with it).
const raceEnabled = true
