/** The four services, their default ports and OpenAPI titles. */
export const ServicePorts = {
  'arrest-service': 3001,
  'court-service': 3002,
  'prison-service': 3003,
  'child-welfare-service': 3004,
} as const;
export type ServiceName = keyof typeof ServicePorts;

export const ServiceDescriptions: Record<ServiceName, { title: string; description: string }> = {
  'arrest-service': {
    title: 'Safeguard arrest service (police)',
    description: 'Police case software records arrests and what happens to the person and her children until hand-over.',
  },
  'court-service': {
    title: 'Safeguard court service',
    description: 'Court registries and investigating judges record charges, pre-trial decisions, hearings, verdicts, sentences and appeals.',
  },
  'prison-service': {
    title: 'Safeguard prison service',
    description: 'Prison administrations record admissions, children in prison, family contact, transfers and releases.',
  },
  'child-welfare-service': {
    title: 'Safeguard child-welfare service',
    description: 'Oversight monitors and integrators read the safeguard alerts raised for the children of arrested and imprisoned people.',
  },
};
