// The repo compiles with moduleResolution "node", which ignores package.json
// "exports", so TypeScript cannot see the SDK's testing entry on its own.
// Point the subpath at its typings (jest resolves it through "exports").
declare module '@hubspot/ui-extensions/testing' {
  export * from '@hubspot/ui-extensions/dist/testing/index';
}
