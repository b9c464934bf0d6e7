'use strict';
// Reads the EcomCompare OData feed with Apache Olingo's OData v4 JavaScript client (ts-odatajs): its own
// $metadata parser, its data cache that pages through a collection following @odata.nextLink, and a plain read of
// an $apply URL. Prints what it read as one JSON object for the test to check.
const odatajs = require('ts-odatajs');
const { ODataCacheSource } = require('ts-odatajs/lib/cache/source.js');

const root = process.argv[2];
const net = odatajs.oData.net.defaultHttpClient;
const requested = [];
const request = net.request;
net.request = function (req, success, error) {
  requested.push(req.requestUri);
  return request.call(this, req, success, error);
};

function read(uri, handler, metadata) {
  return new Promise((resolve, reject) => odatajs.oData.read({ requestUri: uri, headers: { Accept: 'application/json;odata.metadata=minimal' } },
    (data) => resolve(data), (err) => reject(new Error(`${uri}: ${err.message} ${err.response ? err.response.statusCode + ' ' + err.response.body : ''}`)), handler, undefined, metadata));
}

async function main() {
  const metadata = await read(root + '$metadata', odatajs.oData.metadataHandler);
  const schema = metadata.dataServices.schema.find((s) => s.namespace === 'EcomCompare');
  const container = schema.entityContainer;
  const budgetLine = schema.entityType.find((t) => t.name === 'BudgetLine');
  const amount = budgetLine.property.find((p) => p.name === 'Amount');

  const before = requested.length;
  // The data cache's source: reads a range with $skip/$top and follows @odata.nextLink until the range is complete.
  const source = new ODataCacheSource({ source: root + 'BudgetLines?$select=Id,Amount,ProvinceCode' });
  const paged = await new Promise((resolve, reject) => source.read(0, 400, (data) => resolve(data.value), (err) => reject(new Error(err.message))));
  const pageRequests = requested.length - before;

  // Without the metadata: its minimal-metadata typing assumes every name in the context URL is declared,
  // which aggregated aliases are not.
  const grouped = await read(root + 'BudgetLines?$apply=' + encodeURIComponent('groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Total))'));

  console.log(JSON.stringify({
    entitySets: container.entitySet.map((s) => s.name),
    budgetLineKey: budgetLine.key.propertyRef.map((r) => r.name),
    amount: { type: amount.type, precision: amount.precision, scale: amount.scale },
    pagedRows: paged.length,
    pagedIds: paged.map((r) => r.Id),
    pagedTotal: paged.reduce((sum, r) => sum + Number(r.Amount), 0),
    pageRequests,
    requested: requested.slice(before),
    groups: grouped.value.map((g) => ({ province: g.ProvinceCode, source: g.SourceCode, total: Number(g.Total) })),
  }));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
