type Props = {
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
};

/** A question with radio answers shown as large, tappable tiles; arrow keys move between them natively. */
export function ChoiceGroup({ name, legend, value, onChange, options }: Props) {
  return (
    <fieldset className="lib-choice-group">
      <legend>{legend}</legend>
      <div className="lib-choices">
        {options.map((option) => (
          <label key={option.value} className="lib-choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
