// The browser comes from Debian's `chromium` package; puppeteer must never download one.
module.exports = { skipDownload: true };
