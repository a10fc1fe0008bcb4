// Chart downloads built in the browser from the charts already on the page: no server round trip for images,
// nothing fetched from outside the site. Uses the Plotly that Plotly.Blazor loads from _content/Plotly.Blazor/.
(function () {
    'use strict';

    const crcTable = (() => {
        const table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
        return table;
    })();

    function crc32(bytes) {
        let crc = 0xffffffff;
        for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
        return (crc ^ 0xffffffff) >>> 0;
    }

    // A ZIP of stored (uncompressed) entries: PNG is compressed already, and SVG/CSV are small.
    function zipStore(files) {
        const encoder = new TextEncoder();
        const parts = [];
        const central = [];
        let offset = 0;
        const now = new Date();
        const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
        const dosDate = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
        for (const file of files) {
            const name = encoder.encode(file.name);
            const data = file.bytes;
            const crc = crc32(data);
            const local = new DataView(new ArrayBuffer(30));
            local.setUint32(0, 0x04034b50, true);
            local.setUint16(4, 20, true);
            local.setUint16(6, 0x0800, true); // UTF-8 names
            local.setUint16(8, 0, true);      // stored
            local.setUint16(10, dosTime, true);
            local.setUint16(12, dosDate, true);
            local.setUint32(14, crc, true);
            local.setUint32(18, data.length, true);
            local.setUint32(22, data.length, true);
            local.setUint16(26, name.length, true);
            local.setUint16(28, 0, true);
            parts.push(new Uint8Array(local.buffer), name, data);

            const entry = new DataView(new ArrayBuffer(46));
            entry.setUint32(0, 0x02014b50, true);
            entry.setUint16(4, 20, true);
            entry.setUint16(6, 20, true);
            entry.setUint16(8, 0x0800, true);
            entry.setUint16(10, 0, true);
            entry.setUint16(12, dosTime, true);
            entry.setUint16(14, dosDate, true);
            entry.setUint32(16, crc, true);
            entry.setUint32(20, data.length, true);
            entry.setUint32(24, data.length, true);
            entry.setUint16(28, name.length, true);
            entry.setUint32(42, offset, true);
            central.push(new Uint8Array(entry.buffer), name);
            offset += 30 + name.length + data.length;
        }
        const centralSize = central.reduce((sum, part) => sum + part.length, 0);
        const end = new DataView(new ArrayBuffer(22));
        end.setUint32(0, 0x06054b50, true);
        end.setUint16(8, files.length, true);
        end.setUint16(10, files.length, true);
        end.setUint32(12, centralSize, true);
        end.setUint32(16, offset, true);
        return new Blob([...parts, ...central, new Uint8Array(end.buffer)], { type: 'application/zip' });
    }

    function dataUrlToBytes(url) {
        const comma = url.indexOf(',');
        const meta = url.substring(0, comma);
        const payload = url.substring(comma + 1);
        if (meta.endsWith(';base64')) {
            const binary = atob(payload);
            const bytes = new Uint8Array(binary.length);
            for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
            return bytes;
        }
        return new TextEncoder().encode(decodeURIComponent(payload));
    }

    function save(blob, fileName) {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    }

    function plotly() {
        if (!window.Plotly) throw new Error('The charts are not drawn yet.');
        return window.Plotly;
    }

    // Charts far from the view are drawn only when the reader scrolls near them (chart-redraw.js): an image is made of
    // the current figures, so those drawings are done first.
    const drawPending = () => window.dashboardCharts?.flush() ?? Promise.resolve();

    window.dashboardFigures = {
        async downloadImage(chartId, format, fileName, width, height) {
            await drawPending();
            return plotly().downloadImage(chartId, { format, filename: fileName, width, height });
        },

        async exportAll(zipName, csvUrl, csvName) {
            await drawPending();
            const charts = Array.from(document.querySelectorAll('[data-export-chart]'));
            const files = [];
            for (const chart of charts) {
                const name = chart.getAttribute('data-export-title') || chart.id;
                for (const format of ['png', 'svg']) {
                    const url = await plotly().toImage(chart, { format, width: 1200, height: 600 });
                    files.push({ name: `${name}.${format}`, bytes: dataUrlToBytes(url) });
                }
            }
            const response = await fetch(csvUrl, { credentials: 'same-origin' });
            if (!response.ok) throw new Error(`${csvUrl}: HTTP ${response.status}`);
            files.push({ name: csvName, bytes: new Uint8Array(await response.arrayBuffer()) });
            save(zipStore(files), zipName);
            return files.length;
        },
    };
})();
