export function WizardPage() {
  return <h1 className="text-2xl font-semibold">Wizard</h1>;
}
