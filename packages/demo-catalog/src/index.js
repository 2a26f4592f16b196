const { generateCatalog, createRandom, WINDOW_START } = require('./generate');
const { withCatalogRelations } = require('./catalogRelations');
const { generateOutcomes, OUTCOMES_END } = require('./outcomes');

module.exports = {
  generateCatalog,
  createRandom,
  WINDOW_START,
  withCatalogRelations,
  generateOutcomes,
  OUTCOMES_END,
};
