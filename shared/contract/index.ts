export * from './contract';
export * from './client';
export * from './dispatcher';
export * from './errors';
export * from './events';
export * from './session';
