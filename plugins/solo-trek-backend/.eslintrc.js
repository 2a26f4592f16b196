module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Layers import one way: router → services → domain. The domain is
      // plain functions over the model; the store implements interfaces
      // over the same model (see ARCHITECTURE.md).
      files: ['src/domain/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              {
                name: 'knex',
                message: 'The domain does no I/O: put SQL in src/database.',
              },
              {
                name: 'express',
                message:
                  'The domain knows no HTTP: adapt requests in src/service/router.ts.',
              },
            ],
            patterns: [
              {
                group: ['**/database/**', '**/database'],
                message:
                  'The domain never imports the store: use the types in src/domain/model.ts.',
              },
              {
                group: ['**/service/**', '**/service'],
                message: 'Services call the domain, not the other way round.',
              },
            ],
          },
        ],
      },
    },
  ],
});
