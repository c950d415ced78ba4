#!/usr/bin/env node
// Entry point placeholder: replaced by the command wiring in the next commit.
console.log('cla-analyse');
