/** Exports of incidents for tools and archives (JSON); Markdown lives in core's review package. */
package dev.beacon.integrations.export;
