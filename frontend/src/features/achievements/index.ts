// What other features may use of achievements: the computed report.
export { type AchievementReport, type AchievementRow, getAchievements } from './api/get-achievements';
