/** Strategy calculations shared by the canvas, charts and exports. Pure functions of the schema types. */
export * from './breakEven';
export * from './channelShares';
export * from './marketSizing';
export * from './completeness';
export * from './duplicateStrategy';
export * from './perceptualMap';
export * from './priceComparison';
export * from './emptyStrategy';
export * from './promotionLinks';
