import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-once.ts'],
    testTimeout: 30_000,
    // Spawned CLI processes and a real database share two cores: keep file parallelism modest.
    maxWorkers: 2,
  },
});
