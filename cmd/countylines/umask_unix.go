//go:build unix

package main

import "syscall"

// restrictUmask makes every file countylines creates (the database, its
// WAL and spill files, archived returns, reports, outputs) unreadable to
// users outside the owner's group: forces' returns are police data.
func restrictUmask() { syscall.Umask(syscall.Umask(0) | 0o027) }
