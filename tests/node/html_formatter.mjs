// Renders Cucumber Messages (NDJSON) with the Cucumber project's own HTML formatter (@cucumber/html-formatter).
// Usage: node html_formatter.mjs NODE_MODULES_DIR messages.ndjson report.html
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { pathToFileURL } from 'node:url'
import { pipeline } from 'node:stream/promises'

const [modules, input, output] = process.argv.slice(2)
const entry = path.join(modules, '@cucumber', 'html-formatter', 'dist', 'src', 'index.js')
const { CucumberHtmlStream } = await import(pathToFileURL(entry).href)

async function* envelopes() {
  for await (const line of readline.createInterface({ input: fs.createReadStream(input, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line)
  }
}

await pipeline(envelopes, new CucumberHtmlStream(), fs.createWriteStream(output))
