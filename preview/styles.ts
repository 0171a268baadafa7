/**
 * The preview's stylesheet: a HubSpot record page (top bar, record sidebar,
 * tabs) around the card, and the look of each ui-extensions component in
 * HubSpot's palette. Inline only: the pages load nothing from anywhere.
 */
export const PREVIEW_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "Lexend Deca","Helvetica Neue",Arial,sans-serif;color:#33475b;background:#f5f8fa}
a{color:#0091ae;text-decoration:none}a:hover{text-decoration:underline}
.topbar{background:#2d3e50;color:#fff;padding:10px 24px;font-weight:600;display:flex;gap:16px;align-items:center}
.topbar .badge{background:#ff7a59;border-radius:3px;padding:1px 8px;font-size:12px}
.topbar a{color:#cbd6e2;font-weight:400}
.record{display:grid;grid-template-columns:280px minmax(0,1fr);gap:0;min-height:calc(100vh - 44px)}
.sidebar{background:#fff;border-right:1px solid #dfe3eb;padding:20px}
.sidebar h1{font-size:20px;margin:8px 0 4px}
.sidebar .avatar{width:48px;height:48px;border-radius:6px;background:#eaf0f6;display:flex;align-items:center;justify-content:center;font-weight:700;color:#516f90}
.sidebar dl{margin:16px 0 0}.sidebar dt{font-size:12px;color:#7c98b6;margin-top:10px}.sidebar dd{margin:0}
.main{padding:0 24px 32px}
.tabs{display:flex;gap:24px;border-bottom:1px solid #dfe3eb;margin-bottom:16px}
.tabs span{padding:14px 0 10px;color:#7c98b6}.tabs .active{color:#33475b;font-weight:600;border-bottom:3px solid #ff7a59}
.card{background:#fff;border:1px solid #dfe3eb;border-radius:4px;padding:20px;max-width:980px}
.card-title{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#516f90;margin:0 0 12px}
.note{max-width:980px;font-size:12px;color:#7c98b6;margin:8px 0 0}
.hs-heading{font-size:16px;margin:4px 0}
.hs-text{margin:0}.hs-microcopy{font-size:12px;color:#516f90;margin:0}
.hs-tag,.hs-status{display:inline-block;border-radius:3px;padding:1px 8px;font-size:12px;font-weight:600;border:1px solid #cbd6e2;background:#f5f8fa;white-space:nowrap}
.hs-tag-success{background:#e5f8f6;border-color:#7fded2;color:#00756a}
.hs-tag-info{background:#e5f5f8;border-color:#7fd1de;color:#006a80}
.hs-tag-warning{background:#fef8f0;border-color:#fbc98d;color:#a35f00}
.hs-tag-error,.hs-tag-danger{background:#fde8e9;border-color:#f8a9ad;color:#b3212b}
.hs-dot{display:inline-block;width:8px;height:8px;border-radius:50%;background:currentColor;margin-right:6px}
.hs-stats{display:flex;flex-wrap:wrap;gap:12px}
.hs-stat{flex:1 1 150px;border:1px solid #dfe3eb;border-radius:4px;padding:10px 12px;background:#fff}
.hs-stat-label{font-size:12px;color:#516f90}.hs-stat-number{font-size:22px;font-weight:600}
.hs-trend{font-size:12px;font-weight:600}.hs-trend-green{color:#00a4bd}.hs-trend-red{color:#d94c53}
.hs-score-circle{position:relative;width:72px;height:72px}
.hs-score-circle .hs-score-value{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font-size:22px;font-weight:700}
.hs-progress{flex:1 1 auto;min-width:200px}.hs-progress-label{display:flex;justify-content:space-between;font-size:12px;color:#516f90}
.hs-progress-track{height:8px;background:#eaf0f6;border-radius:4px;overflow:hidden}
.hs-progress-fill{height:100%}.hs-progress-success{background:#00bda5}.hs-progress-warning{background:#f5c26b}.hs-progress-danger{background:#f2547d}
.hs-tile{border:1px solid #dfe3eb;border-radius:4px;padding:16px;background:#fff}.hs-tile-compact{padding:8px 12px}
.hs-divider{border:0;border-top:1px solid #dfe3eb;margin:8px 0;width:100%}
.hs-accordion summary{cursor:pointer;color:#0091ae;font-size:12px;font-weight:600}
.hs-accordion-body{padding:4px 0 0 12px}
.hs-alert{border-left:4px solid #7fd1de;background:#e5f5f8;padding:10px 14px;border-radius:3px}
.hs-alert-success{border-color:#00bda5;background:#e5f8f6}.hs-alert-warning{border-color:#f5c26b;background:#fef8f0}
.hs-alert-danger,.hs-alert-error{border-color:#f2545b;background:#fde8e9}
.hs-alert-title{display:block}
.hs-button-form{display:inline}
.hs-button{font:inherit;font-size:13px;font-weight:600;border-radius:3px;padding:7px 16px;cursor:pointer;border:1px solid #ff7a59}
.hs-button-primary{background:#ff7a59;color:#fff}.hs-button-secondary{background:#fff;color:#ff7a59}
.hs-button-destructive{background:#f2545b;border-color:#f2545b;color:#fff}.hs-button-transparent{background:none;border-color:transparent;color:#0091ae}
.hs-button[disabled]{opacity:.55;cursor:not-allowed}
.hs-chart-frame{margin:0}.hs-chart{display:block;width:100%;max-width:720px;height:auto;font-size:11px}
.hs-chart .grid{stroke:#eaf0f6}.hs-chart .tick,.hs-chart .label{fill:#7c98b6}.hs-chart .axis-label{fill:#516f90;font-weight:600}
.hs-chart .line{stroke-width:1;stroke-dasharray:3 3}.hs-chart .step{stroke-width:3;stroke-linecap:round}
.hs-legend{display:flex;gap:16px;font-size:12px;color:#516f90}.hs-swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
.hs-spinner{display:flex;gap:8px;align-items:center;color:#516f90}
.hs-spinner-ring{width:18px;height:18px;border:3px solid #eaf0f6;border-top-color:#ff7a59;border-radius:50%}
.hs-empty,.hs-error-state{text-align:center;padding:24px;border:1px dashed #cbd6e2;border-radius:4px;display:flex;flex-direction:column;gap:8px;align-items:center}
.hs-error-state{border-color:#f8a9ad}
.hs-dl{display:grid;grid-template-columns:140px minmax(0,1fr);gap:6px 16px;margin:0}
.hs-dl-item{display:contents}.hs-dl dt{font-size:12px;color:#516f90;font-weight:600}.hs-dl dd{margin:0}
.hs-table,table.companies{border-collapse:collapse;width:100%}
.hs-table th,.hs-table td,table.companies th,table.companies td{border-bottom:1px solid #dfe3eb;padding:8px;text-align:left}
.hs-table th,table.companies th{background:#f5f8fa;font-size:12px;text-transform:uppercase;color:#516f90}
.hs-form{border:1px solid #dfe3eb;border-radius:4px;padding:12px;background:#f5f8fa}
.hs-field{display:flex;flex-direction:column;gap:2px;margin-bottom:8px}.hs-field-label{font-weight:600}
.hs-field-description{font-size:12px;color:#7c98b6}.hs-field-error{font-size:12px;color:#d94c53}
.hs-field input,.hs-field textarea{font:inherit;border:1px solid #cbd6e2;border-radius:3px;padding:6px;background:#fff}
.hs-unknown{border:1px dashed #f2545b;padding:6px}.hs-unknown-marker{display:block;font-size:11px;color:#d94c53;font-family:monospace}
.hs-flex>.hs-tag{align-self:center}
`;
