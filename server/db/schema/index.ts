// One file per feature; every table that holds a user's data references users.id with ON DELETE CASCADE.

export * from './access-log';
export * from './activities';
export * from './auth';
export * from './groups';
export * from './meeting-events';
export * from './method-versions';
export * from './onboarding';
export * from './register';
export * from './report-sharing';
export * from './retention';
export * from './trajectories';
