const { generateCatalog, createRandom, WINDOW_START } = require('./generate');
const { withCatalogRelations } = require('./catalogRelations');

module.exports = {
  generateCatalog,
  createRandom,
  WINDOW_START,
  withCatalogRelations,
};
