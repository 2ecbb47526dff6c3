// Mocha's spec reporter, plus a JSON summary written to $NEWS_ANNOTATOR_MOCHA_SUMMARY at the
// end, so scripts/test-all.mjs can count passes and failures without parsing text.
/* global require, module, process */
/* eslint-disable @typescript-eslint/no-require-imports -- mocha loads reporters with require() */
'use strict';
const fs = require('fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failed = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error) => failed.push({ title: test.fullTitle(), message: String(error && error.message) }));
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWS_ANNOTATOR_MOCHA_SUMMARY;
      if (!file) return;
      const { passes, failures, pending } = runner.stats;
      fs.writeFileSync(file, JSON.stringify({ passes, failures, pending, failed }));
    });
  }
}

module.exports = SummaryReporter;
