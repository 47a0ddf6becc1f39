export * from './primitives';
export * from './strategy';
export * from './campaign';
export * from './document';
export * from './workshop';
export * from './workspace';
